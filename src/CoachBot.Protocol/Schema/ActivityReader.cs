using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// Parses an inbound request body into an <see cref="Activity"/> in one pass and checks the fields a
/// bot cannot work without. An unknown <c>type</c> is not a problem: the host acknowledges and ignores it.
/// Whatever would make a later read of the activity throw is refused here instead: text that is not UTF-8 or
/// holds half a surrogate pair, and a property name repeated in one object (which copy wins is a guess, and
/// an attacker's favourite). Problems never quote the body: they end up in logs.
/// </summary>
public static class ActivityReader
{
    private static readonly JsonTypeInfo<Activity> StrictActivity = CreateStrictActivity();

    /// <summary>Reads an activity from UTF-8 JSON bytes.</summary>
    public static ActivityReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (JsonTextCheck.FindProblem(utf8Json) is { } textProblem)
        {
            return new(null, [textProblem]);
        }

        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, StrictActivity));
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
        catch (ArgumentException exception) when (exception.GetType() == typeof(ArgumentException))
        {
            // A repeated name inside channelData: JsonObject.Add refuses it with an ArgumentException naming the key.
            return new(null, ["a property name is repeated in one object of channelData"]);
        }
    }

    /// <summary>Reads an activity from a request body stream (buffered: the checks need the whole text).</summary>
    public static async Task<ActivityReadResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static ActivityReadResult Malformed(JsonException exception) =>
        new(null, [$"malformed JSON or a property name repeated in one object (line {exception.LineNumber}, byte {exception.BytePositionInLine})"]);

    private static JsonTypeInfo<Activity> CreateStrictActivity()
    {
        var options = new JsonSerializerOptions(ProtocolJsonContext.Default.Options) { AllowDuplicateProperties = false };
        options.MakeReadOnly();
        return (JsonTypeInfo<Activity>)options.GetTypeInfo(typeof(Activity));
    }

    private static ActivityReadResult Check(Activity? activity)
    {
        if (activity is null)
        {
            return new(null, ["body is JSON null"]);
        }

        // A channel never sends null members in these lists; dropping them keeps the rest of the activity usable.
        DropNulls(activity.Entities);
        DropNulls(activity.MembersAdded);
        DropNulls(activity.MembersRemoved);
        DropNulls(activity.Attachments);

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

    // The lists are typed non-null, but the deserializer puts a JSON null in as null.
    private static void DropNulls<T>(IList<T>? items)
        where T : class
    {
        if (items is List<T> list)
        {
            list.RemoveAll(item => item is null);
        }
        else if (items is not null)
        {
            for (var i = items.Count - 1; i >= 0; i--)
            {
                if (items[i] is null)
                {
                    items.RemoveAt(i);
                }
            }
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
