using System.Text.Json;
using CoachBot.Dialogs;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// The outbox payload that moves a channel quiz on. All steps of a conversation share one outbox kind, and the outbox
/// sends one item of a kind and conversation at a time, so a trainer's close, a time limit and an end never run side by
/// side. A step closes question <see cref="Closing"/> if it is still the open one (-1: none, the quiz has just
/// started), reports whatever closed question has no results yet, then posts the next question or the final board.
/// </summary>
/// <param name="Quiz">The quiz's id.</param>
/// <param name="Closing">The question to close, or -1.</param>
/// <param name="End">Close whatever question is open and end the quiz.</param>
/// <param name="EndedBy">Who ended it, for the final board.</param>
internal sealed record ChannelQuizStep(string Quiz, int Closing, bool End = false, string? EndedBy = null)
{
    public const string OutboxKind = "channel-quiz-step";

    /// <summary>The quiz itself, on the step that starts it: stored by the step, so a turn that failed to commit leaves nothing.</summary>
    public ChannelQuizRecord? Create { get; init; }

    /// <summary>The step as a turn's side effect: queued with the turn's commit, run right after it.</summary>
    public SideEffect ToEffect() => new(OutboxKind, JsonSerializer.SerializeToElement(this, ChannelQuizStore.Json));
}
