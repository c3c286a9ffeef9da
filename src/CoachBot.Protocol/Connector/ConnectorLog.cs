using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Connector;

/// <summary>Log events of outbound calls (ids 1200–1299). Ids, status codes and timings only.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug, Message = "Connector {Operation} answered {StatusCode} on attempt {Attempt} in {ElapsedMs:F0} ms")]
    public static partial void Answered(ILogger logger, string operation, int statusCode, int attempt, double elapsedMs);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Connector {Operation} answered {StatusCode}; retry {Attempt} in {DelayMs:F0} ms")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Connector {Operation} failed with {StatusCode} {ErrorCode}")]
    public static partial void Failed(ILogger logger, string operation, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Connector {Operation} to untrusted host {Host}: {Decision}")]
    public static partial void Untrusted(ILogger logger, string operation, string host, string decision);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "Bot token acquired, valid for {ExpiresInSeconds} s, in {ElapsedMs:F0} ms")]
    public static partial void TokenAcquired(ILogger logger, long expiresInSeconds, double elapsedMs);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Error, Message = "Bot token request failed with {StatusCode} {ErrorCode}")]
    public static partial void TokenFailed(ILogger logger, int? statusCode, string? errorCode);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Warning, Message = "Bot token refresh failed; using the cached token for its last {RemainingSeconds} s")]
    public static partial void TokenRefreshFailedUsingCached(ILogger logger, long remainingSeconds);
}
