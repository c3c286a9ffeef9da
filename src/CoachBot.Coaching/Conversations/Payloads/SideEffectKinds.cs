namespace CoachBot.Coaching.Conversations;

/// <summary>The kinds of side effect the coaching dialogs ask the host to carry out after the turn is committed.</summary>
public static class SideEffectKinds
{
    /// <summary>Notify the on-duty manager (payload <see cref="EscalationPayload"/>).</summary>
    public const string Escalation = "escalation";

    /// <summary>Record whether advice helped (payload <see cref="FeedbackPayload"/>).</summary>
    public const string Feedback = "feedback";

    /// <summary>Delete everything kept about the user (payload <see cref="ForgetUserPayload"/>).</summary>
    public const string ForgetUser = "forget-user";

    /// <summary>Store a sales rep's call note until it expires (payload <see cref="CallNotePayload"/>).</summary>
    public const string CallNote = "call-note";

    /// <summary>Store a trainee's answer to a quiz question (payload <see cref="QuizAnswerPayload"/>).</summary>
    public const string QuizAnswer = "quiz-answer";

    /// <summary>Turn a trainee's quiz reminders on or off (payload <see cref="QuizRemindersPayload"/>).</summary>
    public const string QuizReminders = "quiz-reminders";

    /// <summary>Store a trainee's finished role-play (payload <see cref="RolePlayResultPayload"/>).</summary>
    public const string RolePlayResult = "role-play-result";
}
