namespace CoachBot.ChannelQuizzes;

/// <summary>
/// The outbox payload that moves a channel quiz on: close question <see cref="Closing"/> (-1 when the quiz has just
/// started) and post the next, or, with <see cref="End"/>, close it and end the quiz. All steps of a conversation share
/// one outbox kind, so the outbox runs them one at a time, in order: a trainer's close and the time limit's never race.
/// </summary>
internal sealed record ChannelQuizStep(string Quiz, int Closing, bool End = false, string? EndedBy = null)
{
    public const string OutboxKind = "channel-quiz-step";
}
