using System.Net;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>One call the bot made to the (fake) Connector.</summary>
public sealed record ConnectorCall(HttpMethod Method, Uri Uri, string? Authorization, JsonNode? Body, HttpStatusCode StatusCode)
{
    /// <summary>The path as sent, still escaped (e.g. <c>/amer/v3/conversations/a%3A1/activities/7</c>).</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>The conversation id named in the path, unescaped.</summary>
    public string? ConversationId
    {
        get
        {
            var segments = Path.Split('/');
            var index = Array.IndexOf(segments, "conversations");
            return index >= 0 && index + 1 < segments.Length ? Uri.UnescapeDataString(segments[index + 1]) : null;
        }
    }

    /// <summary>The sent activity as the user would see it.</summary>
    public BotMessage Message => BotMessage.From(Body ?? throw new InvalidOperationException("The call had no body."));
}
