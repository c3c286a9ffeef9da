namespace CoachBot.Cli;

/// <summary>The dispatch table: every <see cref="ICliCommand"/> in this assembly, by name.</summary>
internal static class CommandTable
{
    public static IReadOnlyDictionary<string, ICliCommand> Discover() =>
        typeof(CommandTable).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var commands = Discover();
        if (args.Count == 0 || !commands.TryGetValue(args[0], out var command))
        {
            await error.WriteLineAsync("usage: coachbot <command> [--dir <playbook directory>]").ConfigureAwait(false);
            foreach (var c in commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"  {c.Name,-10} {c.Summary}").ConfigureAwait(false);
            }

            return 2;
        }

        return await command.RunAsync(new CliArguments([.. args.Skip(1)]), output, cancellationToken).ConfigureAwait(false);
    }
}
