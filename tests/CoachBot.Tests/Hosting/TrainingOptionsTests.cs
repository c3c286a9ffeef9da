using CoachBot.Tests.Support;

namespace CoachBot.Tests.Hosting;

/// <summary>Channel quiz and dashboard settings a host cannot run with are refused at start-up, naming the setting.</summary>
public sealed class TrainingOptionsTests
{
    [Theory]
    [InlineData("ChannelQuiz:QuestionSeconds", "5", "QuestionSeconds")]
    [InlineData("ChannelQuiz:Scoring:MaxPoints", "0", "MaxPoints")]
    [InlineData("Dashboard:ApiKey", "too-short", "Dashboard:ApiKey")]
    [InlineData("Dashboard:Entra:ClientId", "22222222-0000-0000-0000-00000000d001", "Dashboard:Entra")]
    [InlineData("Dashboard:Days", "0", "Days")]
    public void Start_WithABadSetting_RefusesNamingIt(string key, string value, string named)
    {
        using var host = new BotHost();
        host.Settings[key] = value;

        var error = Record.Exception(() => host.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(StartupFailure.Messages(error), m => m.Contains(named, StringComparison.Ordinal));
    }
}
