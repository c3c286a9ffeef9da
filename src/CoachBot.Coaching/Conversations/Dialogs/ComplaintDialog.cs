namespace CoachBot.Coaching.Conversations;

/// <summary>Complaint triage (H-12 … H-17): the kind of complaint, what to say now, what never to say, what to do, when to escalate.</summary>
internal sealed class ComplaintDialog(CoachingServices services) : AdviceDialog(DialogId, "complaints", services)
{
    public const string DialogId = "coach.complaint";
}
