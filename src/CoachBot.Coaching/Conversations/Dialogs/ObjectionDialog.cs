namespace CoachBot.Coaching.Conversations;

/// <summary>A prospect's objection: the line to say, the question to ask back, what to avoid.</summary>
internal sealed class ObjectionDialog(CoachingServices services) : AdviceDialog(DialogId, "objections", services)
{
    public const string DialogId = "coach.objection";
}
