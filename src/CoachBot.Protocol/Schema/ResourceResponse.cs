namespace CoachBot.Protocol.Schema;

/// <summary>The id the Connector gave a sent or updated activity.</summary>
public sealed record ResourceResponse(string? Id);
