using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>
/// Who a fuzz script is and where it talks: its own tenant and user (so a per-user rate limit does not turn the run
/// into 429s), one conversation (1:1, group chat or channel; sometimes with an awkward id), and now and then the duty
/// manager of the development role map, so the managers-only paths run too. Builds well-formed activities from it.
/// </summary>
internal sealed class FuzzSender
{
    public const string BotId = "28:coachbot-app";
    private const string DutyManagerAadId = "00000000-0000-0000-0000-00000000a002";

    private readonly Random _random;
    private readonly string _tenant;
    private readonly string _user;
    private readonly string _aadObjectId;
    private readonly string _conversationId;
    private readonly string _conversationType;

    public FuzzSender(int index, Random random)
    {
        _random = random;
        _tenant = $"fuzz-tenant-{index}";
        _user = $"29:fuzz-user-{index}";
        _aadObjectId = random.Next(30) == 0 ? DutyManagerAadId : NewGuid(random);
        _conversationType = random.Next(6) switch { 0 => "groupChat", 1 => "channel", _ => "personal" };
        _conversationId = random.Next(40) == 0
            ? $"a:fuzz-{index}" + FuzzText.Mixed(random, 2)
            : $"a:fuzz-{index}-{random.Next():x}";
    }

    public JsonObject Activity(string type)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{_random.Next():x}",
            ["timestamp"] = "2025-01-15T08:30:00.000Z",
            ["serviceUrl"] = "https://smba.test/amer/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = _user, ["name"] = "Fuzz", ["aadObjectId"] = _aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CoachBot" },
            ["conversation"] = new JsonObject { ["id"] = _conversationId, ["conversationType"] = _conversationType, ["tenantId"] = _tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = _tenant } },
            ["locale"] = FuzzText.Pick(_random, ["en-US", "en-US", "vi-VN", "zh-CN", "zh-TW", "fr-FR", "", "vi", "zh-Hant", "x-\u0000"]),
        };
        if (_conversationType != "personal")
        {
            activity["conversation"]!["isGroup"] = true;
            if (_random.Next(3) != 0)
            {
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>CoachBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CoachBot" } });
            }
        }

        if (_random.Next(10) < 7)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public JsonObject Message(string? text, JsonNode? value = null)
    {
        var message = Activity("message");
        if (text is not null)
        {
            message["text"] = message["entities"] is null ? text : $"<at>CoachBot</at> {text}";
        }

        if (value is not null)
        {
            message["value"] = value;
        }

        return message;
    }

    public JsonObject Invoke(string? name, JsonNode? value)
    {
        var invoke = Activity("invoke");
        invoke["name"] = name;
        invoke["value"] = value;
        return invoke;
    }

    // From the seed, so a run repeats exactly.
    private static string NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
