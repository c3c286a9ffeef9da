using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>Adds what the dialogs cannot tell on their own (the message's language) before a turn runs.</summary>
public interface ITurnEnricher
{
    IncomingTurn Enrich(IncomingTurn turn);
}
