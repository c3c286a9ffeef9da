namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What the manager's notice carries: only what a manager needs to act (the kind of situation, the rules and how
/// urgent), never guest details or what the staffer typed. <see cref="Contacts"/> are the roster entries on duty,
/// in the order to try; <see cref="ReminderMinutes"/> is when to remind if nobody acknowledges.
/// <see cref="Language"/> is the tag of the language the staffer was coached in ("en", "vi", "zh", "zh-Hant"), so
/// what the host later tells them about the escalation is in that language even on an English Teams client.
/// </summary>
public sealed record EscalationPayload(
    string PropertyId,
    string Intent,
    string? Classification,
    IReadOnlyList<string> RuleIds,
    string Target,
    string Urgency,
    string StaffRole,
    IReadOnlyList<EscalationContact> Contacts,
    int ReminderMinutes,
    string Language);
