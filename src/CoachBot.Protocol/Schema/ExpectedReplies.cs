namespace CoachBot.Protocol.Schema;

/// <summary>The HTTP response body for a <c>deliveryMode: expectReplies</c> request.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
