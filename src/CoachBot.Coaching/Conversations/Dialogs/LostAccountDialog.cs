namespace CoachBot.Coaching.Conversations;

/// <summary>A lost account: the H-10 plan to win it back (why it was lost, the real decision maker, the true objection).</summary>
internal sealed class LostAccountDialog(CoachingServices services) : AdviceDialog(DialogId, "lost-account", services)
{
    public const string DialogId = "coach.lost-account";
}
