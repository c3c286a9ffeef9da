namespace CoachBot.Dialogs;

/// <summary>The part of a card behind a button (its <see cref="Title"/>, e.g. "More"), shown only when opened.</summary>
public sealed record ReplyMore(string Title, IReadOnlyList<ReplySection> Sections);
