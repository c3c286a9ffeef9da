namespace CoachBot.Protocol.Schema;

/// <summary>
/// The answer to an <c>invoke</c> activity: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> (when not null) the JSON response body.
/// </summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    /// <summary>501: the bot does not handle this invoke name.</summary>
    public static InvokeResponse NotImplemented { get; } = new(501);

    /// <summary>200 with an empty body (e.g. <c>message/submitAction</c> feedback).</summary>
    public static InvokeResponse Ok { get; } = new(200);
}
