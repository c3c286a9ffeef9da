namespace CoachBot.Coaching.Content;

/// <summary>
/// One property of a hotel group: the Teams team id (<c>channelData.team.id</c>) or the tenant id whose users are
/// coached by the policy in <paramref name="PolicyFile"/>. A team's entry wins over its tenant's; anyone matched by
/// neither gets the default policy.
/// </summary>
public sealed record PropertyPolicyFile(string Id, string PolicyFile);
