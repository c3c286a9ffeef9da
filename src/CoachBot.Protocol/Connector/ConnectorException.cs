using System.Net;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// A Connector call that failed for good (after any retries). <see cref="ConversationGone"/> says the bot
/// can no longer post there (removed from the roster, blocked, or the conversation is gone): drop the
/// stored conversation reference.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string operation, HttpStatusCode? statusCode, string? errorCode, Exception? innerException = null)
        : base($"Connector {operation} failed: {(statusCode is null ? "no response" : ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture))} {errorCode}".TrimEnd(), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public string? Operation { get; }

    /// <summary>How long the channel asked us to wait (<c>Retry-After</c>) when it throttled us past our own retries.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The HTTP status; null when nothing was sent or no response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the response body, or <c>UntrustedServiceUrl</c> / <c>NetworkError</c>.</summary>
    public string? ErrorCode { get; }

    public bool ConversationGone => StatusCode switch
    {
        HttpStatusCode.Forbidden => IsCode("BotNotInConversationRoster") || IsCode("ConversationBlockedByUser"),
        HttpStatusCode.NotFound => IsCode("ConversationNotFound"),
        _ => false,
    };

    private bool IsCode(string code) => string.Equals(ErrorCode, code, StringComparison.OrdinalIgnoreCase);
}
