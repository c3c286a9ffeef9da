using System.Text.Json;

namespace CoachBot.Evaluation;

/// <summary>Reads a JSON-lines file of <see cref="FirstReplyCase"/>s and checks every case before any is run.</summary>
public static class FirstReplyCaseFile
{
    public const string FrozenFile = "frozen.jsonl";
    public const string TuningFile = "tuning.jsonl";

    /// <summary>Cases written after the evaluation set, for the recogniser's examples only; scored by neither part.</summary>
    public const string TrainingFile = "training.jsonl";

    private static readonly string[] Languages = ["en", "vi", "zh", "zh-Hant"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<FirstReplyCase>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var cases = new List<FirstReplyCase>();
        var errors = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var item = JsonSerializer.Deserialize<FirstReplyCase>(lines[i], Json);
            if (item is null || string.IsNullOrWhiteSpace(item.Id) || string.IsNullOrWhiteSpace(item.Text) || item.Expected is null || item.Forbidden is null)
            {
                errors.Add($"{path}:{i + 1}: a case needs id, text, expected and forbidden");
                continue;
            }

            if (!Languages.Contains(item.Language))
            {
                errors.Add($"{path}:{i + 1}: language {item.Language} is not one of {string.Join(", ", Languages)}");
            }

            cases.Add(item with { Tags = item.Tags ?? [] });
        }

        errors.AddRange(cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{path}: id {g.Key} twice"));
        return errors.Count == 0 ? cases : throw new InvalidDataException(string.Join(Environment.NewLine, errors));
    }

    /// <summary>The folder holding the set: <c>tests/evaluation/first-reply</c> above <paramref name="start"/>, or null.</summary>
    public static string? FindFolder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "evaluation", "first-reply");
            if (File.Exists(Path.Combine(candidate, FrozenFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}
