using CoachBot.Coaching.Recognition;

// Not ".Evaluation": that would hide the Knowledge.Evaluation type from sibling test namespaces.
namespace CoachBot.Coaching.Tests.Evaluations;

/// <summary>The committed evaluation set (read from the source tree): the tuning part and the frozen part.</summary>
internal static class EvaluationData
{
    public static string Directory { get; } = FindDataDirectory();

    public static IReadOnlyList<EvaluationCase> Tuning { get; } = EvaluationSet.Load(Path.Combine(Directory, "tuning.jsonl"));

    public static IReadOnlyList<EvaluationCase> Frozen { get; } = EvaluationSet.Load(Path.Combine(Directory, "frozen.jsonl"));

    private static string FindDataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "CoachBot.Coaching.Tests", "Evaluation", "data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Evaluation/data not found above " + AppContext.BaseDirectory);
    }
}
