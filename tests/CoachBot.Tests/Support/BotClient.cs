using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support;

/// <summary>
/// One user in one conversation, talking to the bot over <c>POST /api/messages</c>. With expectReplies the
/// replies come back in the HTTP response; otherwise they are read from what reached the fake Connector.
/// </summary>
public sealed class BotClient(HttpClient http, FakeConnector connector) : IDisposable
{
    public static readonly Uri Endpoint = new("/api/messages", UriKind.Relative);

    public HttpClient Http => http;

    public string ConversationId { get; init; } = $"a:conv-{Guid.NewGuid():N}";

    public string UserId { get; init; } = "29:user-alice";

    public string UserName { get; init; } = "Alice";

    public string Locale { get; init; } = "en-US";

    public bool ExpectReplies { get; init; } = true;

    /// <summary>A message from this user in this conversation (not yet sent).</summary>
    public ActivityJson Message(string? text) => Prepare(ActivityJson.Message(text));

    /// <summary>Fills in this client's conversation, user, locale and delivery mode.</summary>
    public ActivityJson Prepare(ActivityJson activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Node["conversation"]!["id"] = ConversationId;
        activity.From(UserId, UserName).WithLocale(Locale);
        return ExpectReplies ? activity.ExpectingReplies() : activity;
    }

    /// <summary>Says <paramref name="text"/> and returns what the bot answered.</summary>
    public Task<IReadOnlyList<BotMessage>> SendAsync(string text) => SendAsync(Message(text));

    /// <summary>Posts <paramref name="activity"/>, requires 200, and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<BotMessage>> SendAsync(ActivityJson activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await PostAsync(activity.ToJson());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return ExpectReplies && activity.Node["deliveryMode"] is not null
            ? RepliesIn(body)
            : RepliesTo(activity);
    }

    /// <summary>Posts raw JSON text to the endpoint.</summary>
    public async Task<HttpResponseMessage> PostAsync(string json, string contentType = "application/json", string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Posts raw bytes (which need not be valid UTF-8) to the endpoint as JSON.</summary>
    public async Task<HttpResponseMessage> PostBytesAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await http.SendAsync(request);
    }

    /// <summary>The activities of an expectReplies response body.</summary>
    public static IReadOnlyList<BotMessage> RepliesIn(string body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        var activities = JsonNode.Parse(body)!["activities"]?.AsArray() ?? throw new InvalidOperationException($"No activities in {body}");
        return [.. activities.Select(a => BotMessage.From(a!))];
    }

    /// <summary>What reached the Connector in answer to <paramref name="activity"/>.</summary>
    public IReadOnlyList<BotMessage> RepliesTo(ActivityJson activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. connector.DeliveredTo(ConversationId)
            .Where(c => (string?)c.Body?["replyToId"] == activity.Id)
            .Select(c => c.Message)];
    }

    public void Dispose() => http.Dispose();
}
