namespace CoachBot.Cli;

/// <summary>
/// One CLI command. Commands are found by reflection, so adding a command is adding one file with a class
/// that implements this interface and has a parameterless constructor.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The word typed after the program name, e.g. <c>validate</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the command; the result is the process exit code.</summary>
    Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken);
}
