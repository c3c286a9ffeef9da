using System.Text.Encodings.Web;
using System.Text.Json;
using CoachBot.Evaluation;

namespace CoachBot.Cli;

/// <summary>
/// <c>examples</c>: writes the recogniser's labelled examples (<c>Playbooks/recogniser/examples.jsonl</c>) from the
/// TUNING part of the first-reply set and the training cases beside it; the frozen part is never read. Emergencies
/// are left out: they are read from their words alone.
/// </summary>
internal sealed class ExamplesCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "examples";

    public string Summary => "write Playbooks/recogniser/examples.jsonl from the tuning and training cases [--data <folder>] [--out <file>]";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var data = arguments.Option("data") ?? FirstReplyCaseFile.FindFolder(Directory.GetCurrentDirectory());
        var target = arguments.Option("out") ?? FindExamplesFile(Directory.GetCurrentDirectory());
        if (data is null || target is null)
        {
            await output.WriteLineAsync("usage (from the repository): examples [--data <first-reply folder>] [--out <examples.jsonl>]").ConfigureAwait(false);
            return 2;
        }

        var cases = (await FirstReplyCaseFile.LoadAsync(Path.Combine(data, FirstReplyCaseFile.TuningFile), cancellationToken).ConfigureAwait(false)).ToList();
        var training = Path.Combine(data, FirstReplyCaseFile.TrainingFile);
        if (File.Exists(training))
        {
            cases.AddRange(await FirstReplyCaseFile.LoadAsync(training, cancellationToken).ConfigureAwait(false));
        }

        var lines = cases
            .Where(c => !c.Intent.StartsWith("safety.", StringComparison.Ordinal))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => JsonSerializer.Serialize(new { id = c.Id, label = c.Intent, text = c.Text }, Json))
            .ToList();
        await File.WriteAllLinesAsync(target, lines, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"{lines.Count} examples from {cases.Count} tuning and training cases -> {target}").ConfigureAwait(false);
        return 0;
    }

    private static string? FindExamplesFile(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "CoachBot.Coaching", "Playbooks", "recogniser", "examples.jsonl");
            if (File.Exists(Path.Combine(directory.FullName, "CoachBot.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
