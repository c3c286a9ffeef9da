using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Hosting;

/// <summary>Tags a turn with the language the recogniser reads, so Vietnamese typed without marks is answered in Vietnamese.</summary>
internal sealed class RecogniserTurnEnricher : ITurnEnricher
{
    public IncomingTurn Enrich(IncomingTurn turn, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return CoachingBot.WithDetectedLanguage(turn, content.Recogniser);
    }
}
