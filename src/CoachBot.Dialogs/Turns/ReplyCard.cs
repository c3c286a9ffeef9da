namespace CoachBot.Dialogs;

/// <summary>
/// A channel-neutral structured body; the host decides how to render it (for example an Adaptive Card).
/// What shows before anything is opened is the <see cref="Title"/>, the reply's text, the <see cref="Lines"/> and
/// the <see cref="Sections"/>; <see cref="More"/> and <see cref="Form"/> sit behind their own buttons.
/// </summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Sections">Titled blocks shown at once (a heading and its lines).</param>
public sealed record ReplyCard(string? Title, IReadOnlyList<ReplySection> Sections)
{
    /// <summary>Lines shown at once under the reply's text, each on its own and without a heading (advice's Do next and Never say).</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Everything else, shown only when the user opens it; null when there is nothing more.</summary>
    public ReplyMore? More { get; init; }

    /// <summary>Optional input fields, behind their own button; null when the card asks for nothing.</summary>
    public ReplyForm? Form { get; init; }
}
