using System.Net;

namespace CoachBot.Protocol.Connector;

/// <summary>The token endpoint refused or failed the client-credentials request.</summary>
public sealed class BotTokenException : Exception
{
    public BotTokenException()
    {
    }

    public BotTokenException(string message)
        : base(message)
    {
    }

    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotTokenException(HttpStatusCode? statusCode, string? errorCode, Exception? innerException = null)
        : base($"Token request failed: {(statusCode is null ? "no response" : ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture))} {errorCode}".TrimEnd(), innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The OAuth <c>error</c> value, e.g. <c>invalid_client</c>.</summary>
    public string? ErrorCode { get; }
}
