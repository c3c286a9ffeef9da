namespace CoachBot.State;

/// <summary>A serialised dialog state and the ETag that must match to overwrite it.</summary>
public sealed record StoredState(string Json, string ETag);
