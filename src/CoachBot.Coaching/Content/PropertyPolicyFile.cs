namespace CoachBot.Coaching.Content;

/// <summary>
/// One property of a hotel group: a user's Entra object id, a Teams team id (<c>channelData.team.id</c>) or a tenant
/// id, coached by the policy in <paramref name="PolicyFile"/>. A user's entry wins over their team's, a team's over its
/// tenant's; anyone matched by none gets the default policy.
/// </summary>
public sealed record PropertyPolicyFile(string Id, string PolicyFile);
