using CoachBot.Tests.Support;

namespace CoachBot.Tests.Demo;

/// <summary>A conversation survives a host restart when state is in SQLite.</summary>
public sealed class DemoDialogRestartTests
{
    [Fact]
    public async Task Dialog_HostRestartsMidDialog_ContinuesWhereItStopped()
    {
        using var directory = new TempDirectory();
        var databasePath = directory.File("restart.db");
        string conversationId;
        using (var before = BotHost.Sqlite(databasePath))
        {
            using var client = before.NewChat();
            conversationId = client.ConversationId;
            var chat = new Transcript(client);
            await chat.Says("hi").BotReplies("Hi! What's your name?");
            await chat.Says("Gia").BotAsks("Which team are you on?", "Front desk", "Sales", "Food & beverage");
        }

        Assert.True(File.Exists(databasePath), "the state should be in the configured SQLite file");
        using var after = BotHost.Sqlite(databasePath);
        using var resumed = new BotClient(after.CreateClient(), after.Connector) { ConversationId = conversationId };
        var again = new Transcript(resumed);

        await again.Says("Front desk").BotAsks("So you are Gia from Front desk. Is that right?", "Yes", "No");
        await again.Says("yes").BotReplies("Great, Gia! You're all set. Type help to see what I can do.");
    }
}
