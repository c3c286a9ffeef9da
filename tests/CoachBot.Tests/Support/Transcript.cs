namespace CoachBot.Tests.Support;

/// <summary>
/// A conversation written as a script: <c>await chat.Says("hi").BotReplies("Hi! What's your name?")</c>.
/// </summary>
public sealed class Transcript(BotClient client)
{
    public BotClient Client => client;

    public TranscriptStep Says(string text) => new(client.SendAsync(text));

    /// <summary>The user presses a button of the bot's last card (a card submit without text).</summary>
    public TranscriptStep Presses(BotMessage card, string buttonTitle)
    {
        ArgumentNullException.ThrowIfNull(card);
        var submit = client.Message(null).Set("value", new System.Text.Json.Nodes.JsonObject { ["choice"] = card.SubmitValueOf(buttonTitle) });
        return new(client.SendAsync(submit));
    }
}
