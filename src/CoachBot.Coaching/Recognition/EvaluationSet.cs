using System.Text.Json;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads and writes evaluation sets (JSON Lines, snake_case fields).</summary>
public static class EvaluationSet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<EvaluationCase> Load(string path)
    {
        var cases = new List<EvaluationCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = JsonSerializer.Deserialize<EvaluationCase>(line, Json)
                ?? throw new InvalidDataException($"{path}:{number}: empty case");
            cases.Add(item);
        }

        return cases;
    }

    public static string ToJsonLine(EvaluationCase item) => JsonSerializer.Serialize(item, Json);
}
