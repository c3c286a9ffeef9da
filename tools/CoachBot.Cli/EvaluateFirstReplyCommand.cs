using System.Globalization;
using CoachBot.Evaluation;

namespace CoachBot.Cli;

/// <summary>
/// <c>evaluate-first-reply</c>: starts the real host in process (Development, SQLite in a temp folder, no LLM),
/// posts every case of the first-reply set as the first message of a new conversation through
/// <c>POST /api/messages</c>, and prints the figures of the FIRST reply per language and intent with a confusion
/// matrix. Options: <c>--data</c> (the folder with frozen.jsonl and tuning.jsonl; default found above the current
/// and the program's folder), <c>--part frozen|tuning|training|all</c> (default all: frozen and tuning; training.jsonl holds cases only the examples learn from), <c>--failures</c> (list failing cases),
/// <c>--min-advice</c> (0.95), <c>--min-language</c> (1), <c>--min-expected</c> (0), <c>--min-pass</c> (0).
/// Exit 1 when the frozen part misses a threshold, 2 on bad arguments or data.
/// </summary>
internal sealed class EvaluateFirstReplyCommand : ICliCommand
{
    public string Name => "evaluate-first-reply";

    public string Summary => "post the first-reply set to the real host in process and score each first reply (frozen part gated)";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var data = arguments.Option("data")
            ?? FirstReplyCaseFile.FindFolder(Directory.GetCurrentDirectory())
            ?? FirstReplyCaseFile.FindFolder(AppContext.BaseDirectory);
        var part = arguments.Option("part") ?? "all";
        if (data is null || part is not ("frozen" or "tuning" or "training" or "all")
            || !TryThresholds(arguments, out var thresholds))
        {
            await output.WriteLineAsync("usage: evaluate-first-reply [--data <folder>] [--part frozen|tuning|training|all] [--failures] [--min-advice 0.95] [--min-language 1] [--min-expected 0] [--min-pass 0]").ConfigureAwait(false);
            return 2;
        }

        var parts = part == "all" ? new[] { "frozen", "tuning" } : [part];
        var loaded = new List<(string Part, IReadOnlyList<FirstReplyCase> Cases)>();
        foreach (var name in parts)
        {
            loaded.Add((name, await FirstReplyCaseFile.LoadAsync(Path.Combine(data, $"{name}.jsonl"), cancellationToken).ConfigureAwait(false)));
        }

        // One host for every part: starting it is most of the run's time.
        var outcomes = await FirstReplyRunner.RunAsync([.. loaded.SelectMany(l => l.Cases)], cancellationToken).ConfigureAwait(false);
        var exit = 0;
        var offset = 0;
        foreach (var (name, cases) in loaded)
        {
            var own = outcomes.Skip(offset).Take(cases.Count).ToList();
            offset += cases.Count;
            await FirstReplyReport.WriteAsync(output, name, own, arguments.Option("failures") is not null, cancellationToken).ConfigureAwait(false);
            if (name == "frozen")
            {
                var misses = thresholds.Misses(FirstReplyFigures.Of(own));
                foreach (var miss in misses)
                {
                    await output.WriteLineAsync($"frozen part below target: {miss}").ConfigureAwait(false);
                }

                exit = misses.Count > 0 ? 1 : 0;
            }

            await output.WriteLineAsync().ConfigureAwait(false);
        }

        return exit;
    }

    private static bool TryThresholds(CliArguments arguments, out FirstReplyThresholds thresholds)
    {
        var defaults = new FirstReplyThresholds();
        var ok = true;
        double Read(string name, double fallback)
        {
            var text = arguments.Option(name);
            if (text is null)
            {
                return fallback;
            }

            ok &= double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1;
            return value;
        }

        thresholds = new FirstReplyThresholds(
            Read("min-advice", defaults.Advice), Read("min-language", defaults.Language), Read("min-expected", defaults.ExpectedId), Read("min-pass", defaults.Pass));
        return ok;
    }
}
