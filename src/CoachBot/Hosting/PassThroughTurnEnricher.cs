using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Hosting;

/// <summary>For the demo dialog: the dialogs' own language detection is enough.</summary>
internal sealed class PassThroughTurnEnricher : ITurnEnricher
{
    public IncomingTurn Enrich(IncomingTurn turn, ContentSet content) => turn;
}
