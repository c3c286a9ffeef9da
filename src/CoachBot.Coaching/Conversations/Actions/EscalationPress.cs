using System.Globalization;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A press of "Call the duty manager" or "Call security": the advice it belongs to and whom it calls, sent back as
/// <c>coach:escalate:3:duty_manager</c>. A press on an older card still calls (a staffer who needs a manager must
/// never be told the button expired); it is then sent with what the button says, not the newer advice's facts.
/// </summary>
internal sealed record EscalationPress(int? Sequence, string? Target)
{
    private const string Prefix = "coach:escalate";

    public static string ValueFor(int sequence, string target) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{sequence}:{target}");

    /// <summary>The press's advice number and target; both null when the title was typed or the value is the old plain one.</summary>
    public static EscalationPress Read(IncomingTurn turn)
    {
        var value = ChoiceRecognizer.SubmittedChoice(turn.Value) ?? string.Empty;
        var parts = value.Split(':');
        return parts.Length == 4 && value.StartsWith(Prefix + ":", StringComparison.Ordinal)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && parts[3] is "duty_manager" or "security"
            ? new EscalationPress(sequence, parts[3])
            : new EscalationPress(null, null);
    }
}
