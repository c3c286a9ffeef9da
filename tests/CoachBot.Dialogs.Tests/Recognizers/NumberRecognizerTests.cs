namespace CoachBot.Dialogs.Tests.Recognizers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("12", "12")]
    [InlineData("-3", "-3")]
    [InlineData("−3", "-3")]
    [InlineData("2.5", "2.5")]
    [InlineData("2,5", "2.5")]
    [InlineData("1,234", "1234")]
    [InlineData("1.234", "1234")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("0.125", "0.125")]
    [InlineData("１２３", "123")]
    [InlineData(" 7 ", "7")]
    public void TryParse_NumberAsPeopleTypeIt_ReadsIt(string text, string expected)
    {
        Assert.True(NumberRecognizer.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12 guests")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("1,23,456")]
    [InlineData("--5")]
    [InlineData("5.")]
    [InlineData("1.234.5,6.7")]
    public void TryParse_NotANumber_ReturnsFalse(string text) => Assert.False(NumberRecognizer.TryParse(text, out _));
}
