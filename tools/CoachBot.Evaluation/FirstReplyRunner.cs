using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Evaluation;

/// <summary>
/// Posts each case to <c>POST /api/messages</c> as the first message of a new Teams 1:1 conversation (its own
/// conversation id, the case role's user, expectReplies delivery) and reads the reply from the response.
/// Cases run a few at a time; each is its own conversation, so the order does not matter.
/// </summary>
public static class FirstReplyRunner
{
    /// <summary>Teams sends the client's locale; an English client is the common case and the harder one, since the
    /// reply must then follow the message's language, not the locale.</summary>
    public const string Locale = "en-US";

    private static readonly Uri Endpoint = new("/api/messages", UriKind.Relative);

    public static async Task<IReadOnlyList<FirstReplyOutcome>> RunAsync(IReadOnlyList<FirstReplyCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        using var host = new EvaluationHost();
        using var http = host.CreateClient();
        var outcomes = new FirstReplyOutcome[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), options, async (i, token) =>
            outcomes[i] = new FirstReplyOutcome(cases[i], await SendAsync(http, cases[i], token).ConfigureAwait(false))).ConfigureAwait(false);
        return outcomes;
    }

    private static async Task<FirstReply> SendAsync(HttpClient http, FirstReplyCase item, CancellationToken cancellationToken)
    {
        using var content = new StringContent(Activity(item).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(Endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK
            ? FirstReplyReader.Read(body)
            : throw new HttpRequestException($"Case {item.Id}: the endpoint answered {(int)response.StatusCode}: {body}");
    }

    private static JsonObject Activity(FirstReplyCase item)
    {
        var user = EvaluationHost.UserFor(item.Role);
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"eval-{item.Id}",
            ["timestamp"] = "2025-01-15T08:30:00.000Z",
            ["serviceUrl"] = "https://smba.test/evaluation/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:eval-{item.Role}", ["name"] = "Evaluation", ["aadObjectId"] = user },
            ["recipient"] = new JsonObject { ["id"] = "28:coachbot-app", ["name"] = "CoachBot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:eval-{item.Id}-{Guid.NewGuid():N}", ["conversationType"] = "personal", ["tenantId"] = "tenant-evaluation" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-evaluation" } },
            ["locale"] = Locale,
            ["deliveryMode"] = "expectReplies",
            ["text"] = item.Text,
        };
    }
}
