using System.Text.Json;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// Parses an inbound request body into an <see cref="Activity"/> in one pass and checks the fields a
/// bot cannot work without. An unknown <c>type</c> is not a problem: the host acknowledges and ignores it.
/// </summary>
public static class ActivityReader
{
    /// <summary>Reads an activity from UTF-8 JSON bytes.</summary>
    public static ActivityReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, ProtocolJsonContext.Default.Activity));
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    /// <summary>Reads an activity from a request body stream.</summary>
    public static async Task<ActivityReadResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var activity = await JsonSerializer.DeserializeAsync(body, ProtocolJsonContext.Default.Activity, cancellationToken)
                .ConfigureAwait(false);
            return Check(activity);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    private static ActivityReadResult Malformed(JsonException exception) =>
        new(null, [$"malformed JSON (line {exception.LineNumber}, byte {exception.BytePositionInLine})"]);

    private static ActivityReadResult Check(Activity? activity)
    {
        if (activity is null)
        {
            return new(null, ["body is JSON null"]);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            problems.Add("missing type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            problems.Add("missing conversation.id");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            problems.Add("missing from.id");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            problems.Add("missing serviceUrl");
        }
        else if (!IsHttpUrl(activity.ServiceUrl))
        {
            problems.Add("serviceUrl is not an absolute http or https URL");
        }

        return new(activity, problems);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
