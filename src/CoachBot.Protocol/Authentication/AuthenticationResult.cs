namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The verdict on an inbound request. <see cref="StatusCode"/> is what the host answers when it failed:
/// 401 for a missing or invalid token, 403 for a valid token that does not fit the activity or caller,
/// 503 when the signing keys could not be fetched (with <see cref="RetryAfter"/>). <see cref="Reason"/> is short and holds no token content.
/// </summary>
public sealed record AuthenticationResult
{
    public required bool Succeeded { get; init; }

    public required int StatusCode { get; init; }

    public required string Reason { get; init; }

    /// <summary>No app id is configured and no token was sent (development mode).</summary>
    public bool IsAnonymous { get; init; }

    /// <summary>Which kind of token was accepted.</summary>
    public TokenSource Source { get; init; }

    /// <summary>The calling app (Entra tokens: <c>appid</c> or <c>azp</c>); null for channel tokens and anonymous requests.</summary>
    public string? CallerAppId { get; init; }

    /// <summary>For 503: when the signing keys will be fetched again, in whole seconds.</summary>
    public TimeSpan? RetryAfter { get; init; }

    internal static AuthenticationResult Anonymous() =>
        new() { Succeeded = true, StatusCode = 200, Reason = "anonymous", IsAnonymous = true, Source = TokenSource.None };

    internal static AuthenticationResult Success(TokenSource source, string? callerAppId) =>
        new() { Succeeded = true, StatusCode = 200, Reason = "ok", Source = source, CallerAppId = callerAppId };

    internal static AuthenticationResult Unauthorized(string reason) =>
        new() { Succeeded = false, StatusCode = 401, Reason = reason };

    internal static AuthenticationResult Forbidden(string reason) =>
        new() { Succeeded = false, StatusCode = 403, Reason = reason };

    internal static AuthenticationResult Unavailable(string reason, TimeSpan? retryAfter) =>
        new() { Succeeded = false, StatusCode = 503, Reason = reason, RetryAfter = retryAfter };
}
