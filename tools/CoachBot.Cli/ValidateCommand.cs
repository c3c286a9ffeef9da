using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Texts;

namespace CoachBot.Cli;

/// <summary><c>validate</c>: loads the playbooks and the interface texts and prints every error, or a one-line summary.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Summary => "load the playbooks and texts and print every error (file:line rule: message)";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        var texts = await TextCatalogLoader.LoadAsync(arguments.PlaybookDirectory, CoachingBot.TextKeys, cancellationToken).ConfigureAwait(false);
        var errors = result.Errors.Concat(texts.Errors).ToList();
        if (!result.Succeeded || errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await output.WriteLineAsync(error.ToString()).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{errors.Count} error(s)").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"ok, {result.Knowledge.Rules.Count} rules in {result.Knowledge.Files.Count} files").ConfigureAwait(false);
        return 0;
    }
}
