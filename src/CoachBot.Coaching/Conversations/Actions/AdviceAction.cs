namespace CoachBot.Coaching.Conversations;

/// <summary>A button under advice that the coaching dialogs handle whatever dialog is active.</summary>
internal enum AdviceAction
{
    Escalate,
    Helpful,
    NotHelpful,
    AfterCall,
}
