namespace CoachBot.State;

/// <summary>
/// What the bot answered to an activity, kept so a redelivery (Teams re-sends after 15 s) gets the same
/// answer and repeats no side effect. <see cref="ResponseJson"/> is the HTTP body (expectReplies or invoke).
/// </summary>
public sealed record ProcessedActivity(int StatusCode, string? ResponseJson, DateTimeOffset ProcessedAt);
