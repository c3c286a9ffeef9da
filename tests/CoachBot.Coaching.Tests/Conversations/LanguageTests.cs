using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Tests.Conversations.Support;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Vietnamese typed without diacritics is answered in Vietnamese when the host fills the detected language.</summary>
public sealed class LanguageTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    private const string NoDiacritics = "khach quen rat tuc gian vi mat tui de o quay le tan, doi boi thuong tien";

    [Fact]
    public void WithDetectedLanguage_VietnameseWithoutMarks_IsTaggedVietnamese() =>
        Assert.Equal("vi", CoachingBot.WithDetectedLanguage(new IncomingTurn("c", "u") { Text = NoDiacritics }, fixture.Recogniser).DetectedLanguage);

    [Fact]
    public void WithDetectedLanguage_HostAlreadyDetected_IsKept() =>
        Assert.Equal("zh", CoachingBot.WithDetectedLanguage(new IncomingTurn("c", "u") { Text = NoDiacritics, DetectedLanguage = "zh" }, fixture.Recogniser).DetectedLanguage);

    [Fact]
    public async Task RunTurn_DetectedVietnamese_AdviceInVietnamese()
    {
        var turn = CoachingBot.WithDetectedLanguage(new IncomingTurn("c", "u") { Text = NoDiacritics }, fixture.Recogniser);

        var outcome = await fixture.Runner.RunTurnAsync(turn, DialogState.Empty, CancellationToken.None);

        Assert.StartsWith("Nói ngay:", outcome.Replies[0].Text, StringComparison.Ordinal);
    }
}
