namespace CoachBot.Tests.Support;

/// <summary>The bot's answer to one user turn, with assertions that read like the conversation.</summary>
public sealed class TranscriptStep(Task<IReadOnlyList<BotMessage>> replies)
{
    /// <summary>Whatever the bot answered, for scripts that branch on it.</summary>
    public Task<IReadOnlyList<BotMessage>> Replies => replies;

    /// <summary>The bot answered exactly these texts, in order.</summary>
    public async Task<IReadOnlyList<BotMessage>> BotReplies(params string[] texts)
    {
        var messages = await replies;
        Assert.Equal(texts, messages.Select(m => m.Text));
        return messages;
    }

    /// <summary>The bot's last message asks <paramref name="question"/> with exactly these buttons.</summary>
    public async Task<BotMessage> BotAsks(string question, params string[] buttons)
    {
        var messages = await replies;
        Assert.NotEmpty(messages);
        var last = messages[^1];
        Assert.Equal(question, last.Text);
        Assert.Equal(buttons, last.Buttons);
        return last;
    }

    /// <summary>The bot stayed silent.</summary>
    public async Task BotSaysNothing() => Assert.Empty(await replies);
}
