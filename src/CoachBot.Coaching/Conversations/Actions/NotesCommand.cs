using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// "My notes" as the whole message, or "my notes on {0}" with a prospect's name in the slot, in any language of its
/// phrases in the text catalog.
/// </summary>
internal static class NotesCommand
{
    /// <summary>The command's key in the text catalog.</summary>
    public static CommandId Id { get; } = new("my-notes");

    /// <summary>The match (its <see cref="CommandMatch.Argument"/> is the prospect, null for all notes), or null.</summary>
    public static CommandMatch? Read(TextCatalog texts, string? text) => texts.RecognizeWithArgument(Id, text);
}
