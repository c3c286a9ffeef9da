using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>"Forget my data" as the whole message, in any language of its phrases in the text catalog.</summary>
internal static class ForgetCommand
{
    /// <summary>The command's key in the text catalog.</summary>
    public static CommandId Id { get; } = new("forget-my-data");

    public static bool Matches(TextCatalog texts, string? text) => texts.Matches(Id, text);
}
