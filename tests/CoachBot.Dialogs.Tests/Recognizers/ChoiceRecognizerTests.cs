using System.Text.Json;

namespace CoachBot.Dialogs.Tests.Recognizers;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Titles = [new("Có", "yes-ish"), new("Cô", "aunt")];

    [Fact]
    public void Recognize_ExactTitleWithDiacritics_PicksIt() =>
        Assert.Equal("aunt", ChoiceRecognizer.Recognize("cô", null, Titles)?.Value);

    [Fact]
    public void Recognize_FoldedFormMatchesTwoChoices_ReturnsNullRatherThanGuess() =>
        Assert.Null(ChoiceRecognizer.Recognize("co", null, Titles));

    [Fact]
    public void Recognize_CardSubmitChoice_WinsOverText()
    {
        var value = JsonDocument.Parse("""{"choice":"aunt"}""").RootElement;

        Assert.Equal("aunt", ChoiceRecognizer.Recognize("Có", value, Titles)?.Value);
    }

    [Fact]
    public void Recognize_DongWithStroke_MatchesPlainD()
    {
        Choice[] choices = [new("Đặt phòng", "booking"), new("Hủy phòng", "cancel-booking")];

        Assert.Equal("booking", ChoiceRecognizer.Recognize("dat phong", null, choices)?.Value);
    }
}
