namespace CoachBot.Dialogs;

/// <summary>One message the bot sends back: text, optional buttons, card and citations.</summary>
/// <param name="Text">Plain text or markdown.</param>
public sealed record Reply(string Text)
{
    /// <summary>Buttons under the message.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>An optional structured body.</summary>
    public ReplyCard? Card { get; init; }

    /// <summary>The sources the reply relies on.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Whether the host should offer thumbs up / down on this message.</summary>
    public bool FeedbackEnabled { get; init; }

    /// <summary>
    /// Whether this reply is the updated version of the card whose <see cref="Choice.Refreshes"/> button was pressed:
    /// the host puts it in place of that card when the client asked for a refresh (an Action.Execute invoke), and
    /// sends it as a new message otherwise.
    /// </summary>
    public bool RefreshesCard { get; init; }

    /// <summary>What an LLM may rephrase of this reply, or null: nothing.</summary>
    public ReplyPhrasing? Phrasing { get; init; }

    /// <summary>A role-play line an LLM may voice, or null.</summary>
    public ReplyVoicing? Voicing { get; init; }

    /// <summary>Whether an LLM wrote part of it: the host labels it "AI generated".</summary>
    public bool AiGenerated { get; init; }

    /// <summary>A plain text reply.</summary>
    public static Reply Say(string text) => new(text);

    /// <summary>A question with buttons.</summary>
    public static Reply Ask(string text, IReadOnlyList<Choice> choices) => new(text) { Choices = choices };
}
