using CoachBot.Coaching.Content;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>Adds what the dialogs cannot tell on their own (the message's language) before a turn runs.</summary>
public interface ITurnEnricher
{
    /// <param name="turn">The turn as it came in.</param>
    /// <param name="content">The content set the turn runs on (its recogniser reads the language).</param>
    IncomingTurn Enrich(IncomingTurn turn, ContentSet content);
}
