using System.Text.Json.Nodes;

namespace CoachBot.Evaluation;

/// <summary>
/// Reads the replies of an expectReplies response from the JSON on the wire, not through the bot's own types:
/// what shows on each message's first screen (its text, and the Adaptive Card's visible body and button titles,
/// not what sits behind a ShowCard or a hidden element), and the schema.org citation entities.
/// </summary>
public static class FirstReplyReader
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private const string CitationEntity = "https://schema.org/Message";

    public static FirstReply Read(string responseBody)
    {
        ArgumentNullException.ThrowIfNull(responseBody);
        var activities = responseBody.Length == 0 ? [] : JsonNode.Parse(responseBody)?["activities"]?.AsArray() ?? [];
        var messages = activities.OfType<JsonNode>().Where(a => (string?)a["type"] == "message").ToList();
        string? sayNow = null;
        var cited = new List<string>();
        var languages = new List<string>();
        var hasButtons = false;
        var firstLine = string.Empty;
        foreach (var message in messages)
        {
            var lines = FirstScreen(message).SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var buttons = Buttons(message).ToList();
            sayNow ??= lines.Select(ReplyLanguage.OfSayNow).FirstOrDefault(l => l is not null);
            cited.AddRange(CitedIds(message));
            languages.Add(ReplyLanguage.Detect(string.Join('\n', lines.Concat(buttons))));
            hasButtons |= buttons.Count > 0;
            if (firstLine.Length == 0)
            {
                firstLine = lines.FirstOrDefault() ?? string.Empty;
            }
        }

        var all = string.Join('\n', messages.SelectMany(m => AllTexts(m)));
        return new FirstReply(messages.Count, sayNow, cited, languages, hasButtons, firstLine, all);
    }

    private static IEnumerable<string> FirstScreen(JsonNode message)
    {
        if ((string?)message["text"] is { Length: > 0 } text)
        {
            yield return text;
        }

        foreach (var card in Cards(message))
        {
            foreach (var line in Visible(card["body"]))
            {
                yield return line;
            }
        }
    }

    // Every "text", "title" and "value" anywhere in the message, ShowCard bodies included.
    private static IEnumerable<string> AllTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else
                    {
                        foreach (var inner in AllTexts(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in AllTexts(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static IEnumerable<JsonNode> Cards(JsonNode message) =>
        message["attachments"]?.AsArray().OfType<JsonNode>()
            .Where(a => (string?)a["contentType"] == AdaptiveCard)
            .Select(a => a["content"]).OfType<JsonNode>() ?? [];

    // Text of the elements shown at once: hidden elements (toggled by a button) are behind "More".
    private static IEnumerable<string> Visible(JsonNode? elements)
    {
        foreach (var element in elements?.AsArray().OfType<JsonNode>() ?? [])
        {
            if (element["isVisible"]?.GetValue<bool>() == false)
            {
                continue;
            }

            if ((string?)element["text"] is { } text)
            {
                yield return text;
            }

            foreach (var inline in element["inlines"]?.AsArray().OfType<JsonNode>() ?? [])
            {
                if ((string?)inline["text"] is { } inlineText)
                {
                    yield return inlineText;
                }
            }

            foreach (var fact in element["facts"]?.AsArray().OfType<JsonNode>() ?? [])
            {
                yield return $"{(string?)fact["title"]} {(string?)fact["value"]}";
            }

            var children = (element["items"] is JsonArray items ? Visible(items) : [])
                .Concat(element["columns"]?.AsArray().OfType<JsonNode>().SelectMany(c => Visible(c["items"])) ?? []);
            foreach (var child in children)
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<string> Buttons(JsonNode message)
    {
        var cardActions = Cards(message).SelectMany(c => c["actions"]?.AsArray().OfType<JsonNode>() ?? []);
        var suggested = message["suggestedActions"]?["actions"]?.AsArray().OfType<JsonNode>() ?? [];
        return cardActions.Concat(suggested).Select(a => (string?)a["title"]).OfType<string>();
    }

    private static IEnumerable<string> CitedIds(JsonNode message) =>
        message["entities"]?.AsArray().OfType<JsonNode>()
            .Where(e => (string?)e["type"] == CitationEntity)
            .SelectMany(e => e["citation"]?.AsArray().OfType<JsonNode>() ?? [])
            .Select(c => c["appearance"]?["keywords"]?.AsArray().FirstOrDefault())
            .Select(k => (string?)k).OfType<string>() ?? [];
}
