namespace CoachBot.Dialogs;

/// <summary>One optional free-text input of a <see cref="ReplyForm"/>.</summary>
/// <param name="Id">The key its value comes back under.</param>
/// <param name="Label">What the user reads above the field.</param>
/// <param name="Placeholder">An example shown in the empty field, or null.</param>
public sealed record ReplyInput(string Id, string Label, string? Placeholder);
