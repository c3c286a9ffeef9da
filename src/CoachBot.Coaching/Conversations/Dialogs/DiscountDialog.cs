using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A discount request (H-07, H-18): asks for the room rate and the ask when the message did not give them
/// (amounts as typed), works out the staged plan within the user's authority from the hotel policy (hold firm,
/// a small step, the manager's special for regulars, call the manager beyond authority), asks the missing facts,
/// and sends the advice with the figures in the property's currency. See <see cref="DiscountSteps"/>.
/// </summary>
internal sealed class DiscountDialog(CoachingServices services) : WaterfallDialog(DialogId, new DiscountSteps(services).All)
{
    public const string DialogId = "coach.discount";
}
