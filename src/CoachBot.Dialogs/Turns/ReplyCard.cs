namespace CoachBot.Dialogs;

/// <summary>A channel-neutral structured body; the host decides how to render it (for example an Adaptive Card).</summary>
public sealed record ReplyCard(string? Title, IReadOnlyList<ReplySection> Sections);
