using CoachBot.Coaching.Knowledge;

namespace CoachBot.Cli;

/// <summary>
/// <c>coverage</c>: per use (live, mgr, quiz), how many inventory ids the playbooks cite and which they do not.
/// Fails (exit 1) when a live or mgr id is uncited, since those are what users get advice from.
/// </summary>
internal sealed class CoverageCommand : ICliCommand
{
    public string Name => "coverage";

    public string Summary => "print cited/total inventory ids per use (live, mgr, quiz); fails if a live or mgr id is uncited";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"playbooks do not load ({result.Errors.Count} error(s)); run validate").ConfigureAwait(false);
            return 2;
        }

        var report = CoverageReport.Compute(result.Knowledge);
        foreach (var use in report.Uses)
        {
            var uncited = use.Uncited.Count == 0 ? string.Empty : "  uncited: " + string.Join(", ", use.Uncited);
            await output.WriteLineAsync($"{use.Use.ToString().ToLowerInvariant(),-5} {use.Cited}/{use.Total}{uncited}").ConfigureAwait(false);
        }

        return report.LiveAndManagerComplete ? 0 : 1;
    }
}
