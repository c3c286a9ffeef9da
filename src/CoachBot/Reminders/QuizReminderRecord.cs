namespace CoachBot.Reminders;

/// <summary>
/// A trainee's quiz reminder settings, kept as one of their records ("forget my data" deletes it): whether they are on,
/// the 1:1 chat and language to write in, the outbox item of the next check (a check that is not it belongs to an
/// older chain and stops), and the local date of the last reminder sent (at most one a day).
/// </summary>
internal sealed record QuizReminderRecord(bool On, string ConversationId, string Language, long? NextCheck, DateOnly? LastSent);
