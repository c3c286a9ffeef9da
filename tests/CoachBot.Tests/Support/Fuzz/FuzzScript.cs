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
    private const string BotId = "28:coachbot-app";
    private const string DutyManagerAadId = "00000000-0000-0000-0000-00000000a002";

    private readonly Random _random;
    private readonly string _tenant;
    private readonly string _user;
    private readonly string _aadObjectId;
    private readonly string _conversationId;
    private readonly string _conversationType;
    private readonly bool _dialog;
    private int _step;
    private FuzzRequest? _last;

    internal FuzzScript(int index, Random random)
    {
        _random = random;
        _tenant = $"fuzz-tenant-{index}";
        _user = $"29:fuzz-user-{index}";
        _aadObjectId = random.Next(30) == 0 ? DutyManagerAadId : Guid.NewGuid().ToString();
        _conversationType = random.Next(6) switch { 0 => "groupChat", 1 => "channel", _ => "personal" };
        _conversationId = random.Next(40) == 0
            ? $"a:fuzz-{index}" + FuzzText.Mixed(random, 2)
            : $"a:fuzz-{index}-{random.Next():x}";
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
            return Send("dialog-message", Message(text));
        }

        var buttons = Buttons(previousAnswer);
        if (buttons.Count == 0 || _random.Next(8) == 0)
        {
            return Send("dialog-typed", Message(FuzzText.Pick(_random, FuzzText.Commands)));
        }

        var data = FuzzText.Pick(_random, buttons).DeepClone();
        return _random.Next(10) switch
        {
            < 5 => Send("dialog-press", Message(null, data)),
            5 => Send("dialog-press-invoke", Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = data } })),
            6 => Send("dialog-feedback-invoke", Invoke("message/submitAction", Feedback())),
            _ => Send("dialog-press-wrong-type", Message(null, WrongType(data))),
        };
    }

    private FuzzRequest Hostile()
    {
        var roll = _random.Next(1000);
        return roll switch
        {
            < 150 => Send("message", Message(FuzzText.Any(_random))),
            < 260 => Send("card-value", Message(_random.Next(3) == 0 ? FuzzText.Any(_random) : null, CardValue())),
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
            < 920 => Send("odd-type", Activity(FuzzText.Pick(_random, ["typing", "messageReaction", "event", "endOfConversation", "handoff", "trace", "", " ", "MESSAGE", "someFutureType"]))),
            < 945 => TopLevelOddity(),
            < 965 => WrongContentType(),
            < 975 => Oversized(),
            _ => new FuzzRequest("duplicate-key", DuplicateTopLevel()),
        };
    }

    private JsonObject Activity(string type)
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

    private JsonObject Message(string? text, JsonNode? value = null)
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

    private JsonObject Invoke(string? name, JsonNode? value)
    {
        var invoke = Activity("invoke");
        invoke["name"] = name;
        invoke["value"] = value;
        return invoke;
    }

    private FuzzRequest OddInvoke()
    {
        var name = FuzzText.Pick(_random, ["adaptiveCard/action", "adaptiveCard/action", "message/submitAction", "message/submitAction", "composeExtension/query", "task/fetch", "signin/verifyState", "", "ADAPTIVECARD/ACTION", "x"]);
        JsonNode? value = name.Equals("message/submitAction", StringComparison.Ordinal) ? Feedback()
            : _random.Next(2) == 0 ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = CardValue() } }
            : FuzzJson.Value(_random);
        return Send("invoke", Invoke(name, value));
    }

    private JsonNode? Feedback() => _random.Next(6) switch
    {
        0 => FuzzJson.Value(_random),
        1 => new JsonObject { ["actionName"] = "feedback", ["actionValue"] = FuzzJson.Value(_random) },
        _ => new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = _random.Next(3) == 0 ? FuzzJson.Value(_random) : FuzzText.Pick(_random, ["like", "dislike", "love"]),
                ["feedback"] = _random.Next(2) == 0 ? FuzzJson.Value(_random) : """{"feedbackText":"ok"}""",
            },
        },
    };

    private JsonNode CardValue() => _random.Next(7) switch
    {
        0 => new JsonObject { ["choice"] = FuzzJson.Value(_random) },
        1 => new JsonObject { ["escalationAck"] = _random.Next(2) == 0 ? FuzzJson.Value(_random) : _random.Next(-2, 40) },
        2 => new JsonObject { ["action"] = FuzzJson.Value(_random) },
        3 => new JsonObject { ["action"] = new JsonObject { ["data"] = FuzzJson.Value(_random) } },
        4 => FuzzJson.Value(_random) ?? JsonValue.Create(0),
        _ => new JsonObject { ["choice"] = FuzzText.Pick(_random, ["coach:helpful", "coach:not-helpful", "coach:escalate", "coach:after-call", "coach:why", "why", "1"]) },
    };

    private JsonNode? WrongType(JsonNode data)
    {
        if (data is JsonObject obj)
        {
            var key = obj.Select(p => p.Key).FirstOrDefault() ?? "choice";
            obj[key] = FuzzJson.Value(_random);
            return obj;
        }

        return FuzzJson.Value(_random);
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
            var install = Activity("installationUpdate");
            install["action"] = _random.Next(3) == 0 ? FuzzJson.Value(_random, 0) : FuzzText.Pick(_random, ["add", "remove", "add-upgrade", "remove-upgrade", "REMOVE", ""]);
            return install;
        }

        var update = Activity("conversationUpdate");
        update[_random.Next(2) == 0 ? "membersAdded" : "membersRemoved"] = members;
        return update;
    }

    private JsonObject TypeConfused()
    {
        var activity = _random.Next(3) == 0 ? Invoke("adaptiveCard/action", CardValue()) : Message(FuzzText.Any(_random), _random.Next(2) == 0 ? CardValue() : null);
        var field = FuzzText.Pick(_random, TypeConfusedFields);
        Set(activity, field, FuzzJson.Value(_random));
        return activity;
    }

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

    private JsonObject Nulls()
    {
        var activity = _random.Next(3) == 0 ? Activity("conversationUpdate") : Message(FuzzText.Any(_random));
        var field = FuzzText.Pick(_random, ["entities", "membersAdded", "membersRemoved", "attachments", "suggestedActions.actions"]);
        Set(activity, field, new JsonArray(null, new JsonObject { ["type"] = "clientInfo", ["locale"] = "vi-VN", ["id"] = BotId }, null));
        if (_random.Next(2) == 0)
        {
            Set(activity, FuzzText.Pick(_random, ["from", "recipient", "conversation", "channelData", "value", "channelData.tenant", "entities", "locale", "text"]), null);
        }

        return activity;
    }

    private JsonObject OddIds()
    {
        var activity = Message(FuzzText.Pick(_random, FuzzText.Commands));
        var odd = _random.Next(4) switch
        {
            0 => FuzzText.Mixed(_random, 3),
            1 => " ",
            2 => new string('c', _random.Next(1000, 20_000)),
            _ => "a:x\r\n\u001b[31mfail: forged\u0000",
        };
        Set(activity, FuzzText.Pick(_random, ["conversation.id", "from.id", "id", "recipient.id", "replyToId", "channelData.tenant.id", "from.aadObjectId"]), odd);
        return activity;
    }

    private FuzzRequest Truncated()
    {
        var activity = _random.Next(3) == 0 ? Invoke("adaptiveCard/action", CardValue()) : Message(FuzzText.Any(_random), CardValue());
        var bytes = FuzzJson.Serialize(_random, activity);
        return new FuzzRequest("truncated", bytes[.._random.Next(bytes.Length)]);
    }

    private FuzzRequest Marked(string category, byte[] raw)
    {
        var activity = Message("hello");
        var field = FuzzText.Pick(_random, ["text", "channelData", "channelData.tenant.id", "channelData.x", "value", "value.choice", "someFutureField", "from.name", "from.x", "conversation.name", "entities.0.text", "locale", "recipient.name", "attachments", "action"]);
        if (field.StartsWith("entities", StringComparison.Ordinal))
        {
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo" });
        }

        Set(activity, field, FuzzJson.Marker);
        return new FuzzRequest(category, FuzzJson.Splice(FuzzJson.Serialize(_random, activity), raw));
    }

    private FuzzRequest TopLevelOddity() =>
        new("top-level", Encoding.UTF8.GetBytes(FuzzText.Pick(_random, ["", "null", "[]", "123", "\"message\"", "{}", "{\"type\":null}", "\uFEFF{\"type\":\"message\"}", "{\"type\":\"message\"}{}", "  ", "[{\"type\":\"message\"}]"])));

    private FuzzRequest WrongContentType() =>
        Send("content-type", Message("hi")) with
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
        var activity = Message(null);
        activity["text"] = FuzzJson.Marker;
        var text = new byte[_random.Next(270_000, 600_000) + 2];
        text.AsSpan().Fill((byte)'x');
        text[0] = text[^1] = (byte)'"';
        return new FuzzRequest("oversized", FuzzJson.Splice(FuzzJson.Serialize(_random, activity), text)) { Oversized = true };
    }

    private byte[] DuplicateTopLevel()
    {
        var activity = Message(null);
        activity["text"] = FuzzJson.Marker;
        var duplicate = FuzzText.Pick(_random, ["\"text\":\"second\"", "\"from\":{\"id\":\"29:other\"}", "\"conversation\":{\"id\":\"other\"}", "\"type\":\"invoke\"", "\"channelData\":{}"]);
        return FuzzJson.Splice(FuzzJson.Serialize(_random, activity), Encoding.UTF8.GetBytes($"\"first\",{duplicate}"));
    }

    private FuzzRequest Send(string category, JsonObject activity) => new(category, FuzzJson.Serialize(_random, activity));

    /// <summary>Sets a dotted path (numbers index arrays), creating objects on the way.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var next = node is JsonArray array
                ? (int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) < array.Count ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : null)
                : node[part];
            if (next is not JsonObject and not JsonArray)
            {
                next = new JsonObject();
                if (node is JsonObject obj)
                {
                    obj[part] = next;
                }
                else
                {
                    return;
                }
            }

            node = next;
        }

        if (node is JsonObject target)
        {
            target[parts[^1]] = value;
        }
        else if (node is JsonArray list && int.TryParse(parts[^1], out var index) && index < list.Count)
        {
            list[index] = value;
        }
    }

    /// <summary>The data of every button on the cards of an expectReplies answer.</summary>
    private static List<JsonNode> Buttons(string? answer)
    {
        if (string.IsNullOrEmpty(answer) || !answer.StartsWith('{'))
        {
            return [];
        }

        try
        {
            return [.. (JsonNode.Parse(answer)?["activities"]?.AsArray() ?? [])
                .SelectMany(a => a?["attachments"]?.AsArray() ?? [])
                .SelectMany(a => a?["content"]?["actions"]?.AsArray() ?? [])
                .Select(a => a?["data"])
                .OfType<JsonNode>()];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
