using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The root dialog: reads the first message and routes it. Safety comes first (an emergency's advice before
/// anything else); the advice buttons and "forget my data" are handled here; then complaint, discount request,
/// incumbent supplier, objection, lost account and manager or sales questions each go to their dialog; when the
/// recogniser is unsure it asks with its clarification buttons. See <see cref="CoachRouter"/>.
/// </summary>
internal sealed class CoachDialog(CoachingServices services) : WaterfallDialog(DialogId, new CoachRouter(services).All)
{
    public const string DialogId = "coach";
    public const string ClarifyPromptId = "coach.clarify";
}
