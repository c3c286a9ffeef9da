using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Hosting;

/// <summary>Tags a turn with the language the recogniser reads, so Vietnamese typed without marks is answered in Vietnamese.</summary>
internal sealed class RecogniserTurnEnricher(Recogniser recogniser) : ITurnEnricher
{
    public IncomingTurn Enrich(IncomingTurn turn) => CoachingBot.WithDetectedLanguage(turn, recogniser);
}
