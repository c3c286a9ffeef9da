namespace CoachBot.State;

/// <summary>The outcome of a commit: the new ETag and the ids given to the outbox items, in order.</summary>
public sealed record CommitResult(string? ETag, IReadOnlyList<long> OutboxIds);
