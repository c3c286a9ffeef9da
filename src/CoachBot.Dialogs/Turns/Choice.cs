namespace CoachBot.Dialogs;

/// <summary>
/// A button: the host shows <see cref="Title"/>; pressing it sends <see cref="Value"/> back as the message text
/// or as a card submit <c>{"choice": Value}</c>.
/// </summary>
public sealed record Choice(string Title, string Value)
{
    /// <summary>Other words that pick this choice when typed (any language); not shown to the user.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>
    /// Whether pressing it updates the card it is on (a refinement of advice): the host sends it as a refreshing
    /// action where the client can (Action.Execute in Teams) and as a plain submit elsewhere.
    /// </summary>
    public bool Refreshes { get; init; }
}
