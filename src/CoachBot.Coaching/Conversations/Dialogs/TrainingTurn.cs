using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>A training command was handled; <see cref="Began"/> is the dialog it began in place of the root, if any.</summary>
internal sealed record TrainingTurn(DialogTurnResult? Began)
{
    public static TrainingTurn Done { get; } = new((DialogTurnResult?)null);
}
