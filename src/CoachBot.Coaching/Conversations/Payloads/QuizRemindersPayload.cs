namespace CoachBot.Coaching.Conversations;

/// <summary>
/// "Remind me" or "stop reminders" (side effect <see cref="SideEffectKinds.QuizReminders"/>): whether the trainee wants a
/// message when quiz questions are due, and the language to write it in.
/// </summary>
public sealed record QuizRemindersPayload(bool On, string Language);
