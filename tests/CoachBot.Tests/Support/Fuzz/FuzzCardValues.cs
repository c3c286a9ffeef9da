using System.Text.Json.Nodes;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>Card submit and invoke values: the coaching bot's real button values, and every field with every JSON type.</summary>
internal static class FuzzCardValues
{
    public static JsonNode? Feedback(Random random) => random.Next(6) switch
    {
        0 => FuzzJson.Value(random),
        1 => new JsonObject { ["actionName"] = "feedback", ["actionValue"] = FuzzJson.Value(random) },
        _ => new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = random.Next(3) == 0 ? FuzzJson.Value(random) : FuzzText.Pick(random, ["like", "dislike", "love"]),
                ["feedback"] = random.Next(2) == 0 ? FuzzJson.Value(random) : """{"feedbackText":"ok"}""",
            },
        },
    };

    public static JsonNode CardValue(Random random) => random.Next(7) switch
    {
        0 => new JsonObject { ["choice"] = FuzzJson.Value(random) },
        1 => new JsonObject { ["escalationAck"] = random.Next(2) == 0 ? FuzzJson.Value(random) : random.Next(-2, 40) },
        2 => new JsonObject { ["action"] = FuzzJson.Value(random) },
        3 => new JsonObject { ["action"] = new JsonObject { ["data"] = FuzzJson.Value(random) } },
        4 => FuzzJson.Value(random) ?? JsonValue.Create(0),
        _ => new JsonObject { ["choice"] = FuzzText.Pick(random, ["coach:helpful", "coach:not-helpful", "coach:escalate", "coach:after-call", "coach:why", "why", "1"]) },
    };

    public static JsonNode? WrongType(Random random, JsonNode data)
    {
        if (data is JsonObject obj)
        {
            var key = obj.Select(p => p.Key).FirstOrDefault() ?? "choice";
            obj[key] = FuzzJson.Value(random);
            return obj;
        }

        return FuzzJson.Value(random);
    }
}
