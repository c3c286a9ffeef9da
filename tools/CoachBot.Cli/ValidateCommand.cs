using CoachBot.Coaching.Knowledge;

namespace CoachBot.Cli;

/// <summary><c>validate</c>: loads the playbooks and prints every error, or a one-line summary.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Summary => "load the playbooks and print every error (file:line rule: message)";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync(error.ToString()).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{result.Errors.Count} error(s)").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"ok, {result.Knowledge.Rules.Count} rules in {result.Knowledge.Files.Count} files").ConfigureAwait(false);
        return 0;
    }
}
