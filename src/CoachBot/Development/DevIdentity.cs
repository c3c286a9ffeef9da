namespace CoachBot.Development;

/// <summary>A development user: channel id, display name and Entra object id (mapped to a role by configuration).</summary>
public sealed record DevIdentity(string Id, string Name, string AadObjectId);
