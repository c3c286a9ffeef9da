namespace CoachBot.State;

/// <summary>An outbox item to be written by a commit; the store assigns its id.</summary>
public sealed record NewOutboxItem(string Kind, string PayloadJson);
