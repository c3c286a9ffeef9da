using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>
/// What one fuzzed user does in one conversation: either a short dialog that presses the bot's real buttons (with
/// right and wrong value types), or one hostile request, sometimes sent twice as a channel redelivers.
/// Every script has its own tenant and user, so a per-user rate limit does not turn the run into 429s.
/// </summary>
public sealed class FuzzScript
{
    private const string BotId = FuzzSender.BotId;

    private static readonly string[] TypeConfusedFields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "recipient", "conversation", "replyToId", "text",
        "textFormat", "locale", "summary", "inputHint", "attachmentLayout", "attachments", "suggestedActions", "value", "name",
        "entities", "channelData", "deliveryMode", "membersAdded", "membersRemoved", "action", "from.id", "from.name", "from.aadObjectId",
        "from.role", "recipient.id", "recipient.name", "conversation.id", "conversation.isGroup", "conversation.conversationType",
        "conversation.tenantId", "channelData.tenant", "channelData.tenant.id", "channelData.team", "channelData.channel",
        "channelData.eventType", "entities.0", "entities.0.type", "entities.0.mentioned", "entities.0.mentioned.id", "entities.0.text",
        "entities.0.locale", "value.choice", "value.action", "value.escalationAck",
    ];

    private readonly Random _random;
    private readonly FuzzSender _sender;
    private readonly bool _dialog;
    private int _step;
    private FuzzRequest? _last;

    internal FuzzScript(int index, Random random)
    {
        _random = random;
        _sender = new FuzzSender(index, random);
        _dialog = random.Next(100) < 35;
    }

    /// <summary>The next request, given the body of the answer to the previous one; null when the script is done.</summary>
    public FuzzRequest? Next(string? previousAnswer)
    {
        _step++;
        if (_dialog)
        {
            return _step > _random.Next(2, 5) ? null : _last = DialogStep(previousAnswer);
        }

        return _step switch
        {
            1 => _last = Hostile(),
            2 when _random.Next(10) == 0 => _last,
            _ => null,
        };
    }

    private FuzzRequest DialogStep(string? previousAnswer)
    {
        if (_step == 1)
        {
            var text = _random.Next(4) == 0 ? FuzzText.Any(_random) : FuzzText.Pick(_random, FuzzText.Coaching);
            return Send("dialog-message", _sender.Message(text));
        }

        var buttons = FuzzJson.Buttons(previousAnswer);
        if (buttons.Count == 0 || _random.Next(8) == 0)
        {
            return Send("dialog-typed", _sender.Message(FuzzText.Pick(_random, FuzzText.Commands)));
        }

        var data = FuzzText.Pick(_random, buttons).DeepClone();
        return _random.Next(10) switch
        {
            < 5 => Send("dialog-press", _sender.Message(null, data)),
            5 => Send("dialog-press-invoke", _sender.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = data } })),
            6 => Send("dialog-feedback-invoke", _sender.Invoke("message/submitAction", FuzzCardValues.Feedback(_random))),
            _ => Send("dialog-press-wrong-type", _sender.Message(null, FuzzCardValues.WrongType(_random, data))),
        };
    }

    private FuzzRequest Hostile()
    {
        var roll = _random.Next(1000);
        return roll switch
        {
            < 150 => Send("message", _sender.Message(FuzzText.Any(_random))),
            < 260 => Send("card-value", _sender.Message(_random.Next(3) == 0 ? FuzzText.Any(_random) : null, FuzzCardValues.CardValue(_random))),
            < 380 => OddInvoke(),
            < 440 => Send("membership", Membership()),
            < 540 => Send("type-confused", TypeConfused()),
            < 600 => Send("nulls", Nulls()),
            < 660 => Truncated(),
            < 710 => Marked("invalid-utf8", FuzzJson.InvalidUtf8String(_random)),
            < 760 => Marked("lone-surrogate", FuzzJson.LoneSurrogateString(_random)),
            < 810 => Marked("duplicate-key", FuzzJson.DuplicateKeyObject(_random)),
            < 830 => Marked("deep-nesting", Encoding.ASCII.GetBytes(FuzzJson.Deep(_random.Next(2) == 0 ? _random.Next(65, 400) : _random.Next(5, 60)))),
            < 880 => Send("odd-ids", OddIds()),
            < 920 => Send("odd-type", _sender.Activity(FuzzText.Pick(_random, ["typing", "messageReaction", "event", "endOfConversation", "handoff", "trace", "", " ", "MESSAGE", "someFutureType"]))),
            < 945 => TopLevelOddity(),
            < 965 => WrongContentType(),
            < 975 => Oversized(),
            _ => new FuzzRequest("duplicate-key", DuplicateTopLevel()),
        };
    }

    private FuzzRequest OddInvoke()
    {
        var name = FuzzText.Pick(_random, ["adaptiveCard/action", "adaptiveCard/action", "message/submitAction", "message/submitAction", "composeExtension/query", "task/fetch", "signin/verifyState", "", "ADAPTIVECARD/ACTION", "x"]);
        JsonNode? value = name.Equals("message/submitAction", StringComparison.Ordinal) ? FuzzCardValues.Feedback(_random)
            : _random.Next(2) == 0 ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = FuzzCardValues.CardValue(_random) } }
            : FuzzJson.Value(_random);
        return Send("invoke", _sender.Invoke(name, value));
    }

    private JsonObject Membership()
    {
        var members = new JsonArray();
        for (var i = _random.Next(4); i >= 0; i--)
        {
            members.Add(_random.Next(4) switch
            {
                0 => null,
                1 => FuzzJson.Value(_random, 1) is JsonObject o ? o : new JsonObject { ["id"] = BotId },
                2 => new JsonObject { ["id"] = BotId, ["name"] = "CoachBot" },
                _ => new JsonObject { ["id"] = $"29:someone-{_random.Next(9)}", ["name"] = "Someone" },
            });
        }

        if (_random.Next(4) == 0)
        {
            var install = _sender.Activity("installationUpdate");
            install["action"] = _random.Next(3) == 0 ? FuzzJson.Value(_random, 0) : FuzzText.Pick(_random, ["add", "remove", "add-upgrade", "remove-upgrade", "REMOVE", ""]);
            return install;
        }

        var update = _sender.Activity("conversationUpdate");
        update[_random.Next(2) == 0 ? "membersAdded" : "membersRemoved"] = members;
        return update;
    }

    private JsonObject TypeConfused()
    {
        var activity = _random.Next(3) == 0 ? _sender.Invoke("adaptiveCard/action", FuzzCardValues.CardValue(_random)) : _sender.Message(FuzzText.Any(_random), _random.Next(2) == 0 ? FuzzCardValues.CardValue(_random) : null);
        var field = FuzzText.Pick(_random, TypeConfusedFields);
        FuzzJson.Set(activity, field, FuzzJson.Value(_random));
        return activity;
    }

    private JsonObject Nulls()
    {
        var activity = _random.Next(3) == 0 ? _sender.Activity("conversationUpdate") : _sender.Message(FuzzText.Any(_random));
        var field = FuzzText.Pick(_random, ["entities", "membersAdded", "membersRemoved", "attachments", "suggestedActions.actions"]);
        FuzzJson.Set(activity, field, new JsonArray(null, new JsonObject { ["type"] = "clientInfo", ["locale"] = "vi-VN", ["id"] = BotId }, null));
        if (_random.Next(2) == 0)
        {
            FuzzJson.Set(activity, FuzzText.Pick(_random, ["from", "recipient", "conversation", "channelData", "value", "channelData.tenant", "entities", "locale", "text"]), null);
        }

        return activity;
    }

    private JsonObject OddIds()
    {
        var activity = _sender.Message(FuzzText.Pick(_random, FuzzText.Commands));
        var odd = _random.Next(4) switch
        {
            0 => FuzzText.Mixed(_random, 3),
            1 => " ",
            2 => new string('c', _random.Next(1000, 20_000)),
            _ => "a:x\r\n\u001b[31mfail: forged\u0000",
        };
        FuzzJson.Set(activity, FuzzText.Pick(_random, ["conversation.id", "from.id", "id", "recipient.id", "replyToId", "channelData.tenant.id", "from.aadObjectId"]), odd);
        return activity;
    }

    private FuzzRequest Truncated()
    {
        var activity = _random.Next(3) == 0 ? _sender.Invoke("adaptiveCard/action", FuzzCardValues.CardValue(_random)) : _sender.Message(FuzzText.Any(_random), FuzzCardValues.CardValue(_random));
        var bytes = FuzzJson.Serialize(_random, activity);
        return new FuzzRequest("truncated", bytes[.._random.Next(bytes.Length)]);
    }

    private FuzzRequest Marked(string category, byte[] raw)
    {
        var activity = _sender.Message("hello");
        var field = FuzzText.Pick(_random, ["text", "channelData", "channelData.tenant.id", "channelData.x", "value", "value.choice", "someFutureField", "from.name", "from.x", "conversation.name", "entities.0.text", "locale", "recipient.name", "attachments", "action"]);
        if (field.StartsWith("entities", StringComparison.Ordinal))
        {
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo" });
        }

        FuzzJson.Set(activity, field, FuzzJson.Marker);
        return new FuzzRequest(category, FuzzJson.Splice(FuzzJson.Serialize(_random, activity), raw));
    }

    private FuzzRequest TopLevelOddity() =>
        new("top-level", Encoding.UTF8.GetBytes(FuzzText.Pick(_random, ["", "null", "[]", "123", "\"message\"", "{}", "{\"type\":null}", "\uFEFF{\"type\":\"message\"}", "{\"type\":\"message\"}{}", "  ", "[{\"type\":\"message\"}]"])));

    private FuzzRequest WrongContentType() =>
        Send("content-type", _sender.Message("hi")) with
        {
            ContentType = FuzzText.Pick(_random, ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/vnd.api+json", "multipart/form-data; boundary=x"]),
        };

    /// <summary>
    /// A message whose text takes the body past the limit. Spliced in as bytes rather than serialized: a
    /// half-megabyte string through the JSON writer leaves large buffers in the runtime's shared pool, which
    /// would cloud the heap measurement at the end of the run.
    /// </summary>
    private FuzzRequest Oversized()
    {
        var activity = _sender.Message(null);
        activity["text"] = FuzzJson.Marker;
        var text = new byte[_random.Next(270_000, 600_000) + 2];
        text.AsSpan().Fill((byte)'x');
        text[0] = text[^1] = (byte)'"';
        return new FuzzRequest("oversized", FuzzJson.Splice(FuzzJson.Serialize(_random, activity), text)) { Oversized = true };
    }

    private byte[] DuplicateTopLevel()
    {
        var activity = _sender.Message(null);
        activity["text"] = FuzzJson.Marker;
        var duplicate = FuzzText.Pick(_random, ["\"text\":\"second\"", "\"from\":{\"id\":\"29:other\"}", "\"conversation\":{\"id\":\"other\"}", "\"type\":\"invoke\"", "\"channelData\":{}"]);
        return FuzzJson.Splice(FuzzJson.Serialize(_random, activity), Encoding.UTF8.GetBytes($"\"first\",{duplicate}"));
    }

    private FuzzRequest Send(string category, JsonObject activity) => new(category, FuzzJson.Serialize(_random, activity));
}
