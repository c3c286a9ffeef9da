using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// "Try again" and a case's button in the list of cases (<c>roleplay:lost-bag</c>), and "Other cases"
/// (<c>roleplay:list</c>): values rather than phrases, so the reply keeps the conversation's language.
/// </summary>
internal static class RolePlayButtons
{
    public const string ListValue = "roleplay:list";
    private const string Prefix = "roleplay:";

    public static string Start(string scenarioId) => Prefix + scenarioId;

    /// <summary>The scenario id a press asks for ("" for the list), or null when the turn is no such press.</summary>
    public static string? Pressed(IncomingTurn turn)
    {
        var value = ChoiceRecognizer.SubmittedChoice(turn.Value) ?? turn.Text?.Trim();
        return value switch
        {
            ListValue => string.Empty,
            not null when value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length > Prefix.Length => value[Prefix.Length..],
            _ => null,
        };
    }
}
