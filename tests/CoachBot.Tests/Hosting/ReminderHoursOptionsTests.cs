using CoachBot.Hosting;

namespace CoachBot.Tests.Hosting;

/// <summary>Quiz reminder hours that end before they start are refused at start-up, naming both settings.</summary>
public sealed class ReminderHoursOptionsTests
{
    [Theory]
    [InlineData("17:00", "09:00")]
    [InlineData("09:00", "09:00")]
    public void Validate_EndNotAfterStart_FailsNamingBothSettings(string start, string end)
    {
        var options = new CoachingHostOptions { ReminderStart = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), ReminderEnd = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new CoachingHostOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Coaching:ReminderEnd", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Coaching:ReminderStart", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new CoachingHostOptionsValidator().Validate(null, new CoachingHostOptions()).Succeeded);
}
