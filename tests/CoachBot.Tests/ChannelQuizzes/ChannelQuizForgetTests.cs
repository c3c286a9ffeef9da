using CoachBot.Tests.Support;

namespace CoachBot.Tests.ChannelQuizzes;

/// <summary>
/// "Forget my data" from a member of a channel quiz: their answers, the name they answered under and their place on
/// the quiz's roster are gone from every table and the database files; the others' answers stay.
/// </summary>
public sealed class ChannelQuizForgetTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task ForgetMyData_ByAMemberWhoAnswered_TheirNameAndIdGoneFromEveryTableTheOthersAnswersKept()
    {
        var database = _directory.File("forget.db");
        using var channel = new ChannelQuizHarness(databasePath: database);
        channel.MoveTo("19:team@thread.tacv2", channel.Trainer, [new Member("Lan", "00000000-0000-0000-0000-0000000e0001"), new Member("Zebulon Forgetme", "00000000-0000-0000-0000-0000000e0777")]);
        var (lan, zebulon) = (channel.Trainees[0], channel.Trainees[1]);
        await channel.SayAsync(channel.Trainer, "start quiz complaints 1");
        var card = channel.Posted[^1];
        await channel.PressAsync(lan, card, channel.Letter(card, right: true));
        await channel.PressAsync(zebulon, card, channel.Letter(card, right: false));
        await channel.AdvanceAsync(TimeSpan.FromSeconds(40));
        Assert.NotEmpty(await StoredCopies.InTablesAsync(database, zebulon.Name));

        using var chat = new BotClient(channel.Host.CreateClient(), channel.Host.Connector) { UserId = zebulon.Id, UserName = zebulon.Name, ExpectReplies = false };
        await chat.SendAsync("forget my data");

        IReadOnlyList<string> names = [.. await StoredCopies.InTablesAsync(database, zebulon.Name), .. StoredCopies.InFiles(database, zebulon.Name)];
        Assert.True(names.Count == 0, $"The member's name is still stored in:\n{string.Join('\n', names)}");
        // Left: the chat's address, and the others' cards recorded for redelivery, whose refresh lists the roster's Teams
        // ids (no names), deleted with the other answers' records after twice the redelivery window (20 minutes).
        var ids = (await StoredCopies.InTablesAsync(database, zebulon.Id))
            .Where(c => !c.StartsWith("conversation.", StringComparison.Ordinal) && !c.StartsWith("processed_activity.response", StringComparison.Ordinal))
            .ToList();
        Assert.True(ids.Count == 0, $"Still stored with the member's id:\n{string.Join('\n', ids)}");
        var kept = Assert.Single(await channel.Store.GetChannelAnswersAsync(ChannelQuizTranscriptTests.QuizIdOf(card), default));
        Assert.Equal(lan.Id, kept.UserId);
    }

    public void Dispose() => _directory.Dispose();
}
