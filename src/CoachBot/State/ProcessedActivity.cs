namespace CoachBot.State;

/// <summary>
/// What the bot answered to an activity, kept so a redelivery (Teams re-sends after 15 s) gets the same
/// answer and repeats no side effect. <see cref="Response"/> is the HTTP body (expectReplies or invoke) as the UTF-8
/// bytes sent: kept as they are, not as a string twice their size made on every turn for the rare redelivery.
/// </summary>
public sealed record ProcessedActivity(int StatusCode, byte[]? Response, DateTimeOffset ProcessedAt);
