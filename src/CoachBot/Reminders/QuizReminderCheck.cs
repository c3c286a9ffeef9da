namespace CoachBot.Reminders;

/// <summary>The payload of one scheduled check of a trainee's due reviews (outbox kind <see cref="OutboxKind"/>).</summary>
internal sealed record QuizReminderCheck(string UserId)
{
    public const string OutboxKind = "quiz-reminder-check";
}
