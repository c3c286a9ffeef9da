using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Authentication;

/// <summary>Log events of inbound authentication (ids 1100–1199). Never token contents.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Inbound request rejected with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Inbound request accepted: {Source} token, caller {CallerAppId}")]
    public static partial void Accepted(ILogger logger, TokenSource source, string? callerAppId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Inbound request accepted anonymously (no app id configured)")]
    public static partial void AcceptedAnonymously(ILogger logger);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Fetched {KeyCount} {Source} signing keys from {MetadataUrl} in {ElapsedMs:F0} ms")]
    public static partial void SigningKeysFetched(ILogger logger, TokenSource source, string metadataUrl, int keyCount, double elapsedMs);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Fetching {Source} signing keys from {MetadataUrl} failed: {Error} (failure {Failures} in a row); next attempt in {RetryAfterSeconds} s, at {NextAttempt:O}; until then cached keys are used: {UsingCachedKeys}")]
    public static partial void SigningKeysFetchFailed(
        ILogger logger, TokenSource source, string metadataUrl, string error, int failures, double retryAfterSeconds, DateTimeOffset nextAttempt, bool usingCachedKeys);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Token signed with unknown key {KeyId} (refreshed: {Refreshed})")]
    public static partial void UnknownSigningKey(ILogger logger, string keyId, bool refreshed);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "{Source} signing keys from {MetadataUrl} fetched again after {Failures} failed attempts")]
    public static partial void SigningKeysRecovered(ILogger logger, TokenSource source, string metadataUrl, int failures);
}
