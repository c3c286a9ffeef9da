using System.Globalization;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Cli;

/// <summary>
/// <c>recognise</c>: reads each line of standard input as a first message and prints what the recogniser made of it
/// (intent, confidence, the evidence for each intent, the facts), so a lexicon edit can be checked before a full evaluation.
/// </summary>
internal sealed class RecogniseCommand : ICliCommand
{
    public string Name => "recognise";

    public string Summary => "print the intent, the evidence per intent and the facts for each line of stdin [--role sales]";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        StaffRole? role = arguments.Option("role") is { } key ? StaffRoles.Parse(key) : null;
        var recogniser = Recogniser.Load(arguments.PlaybookDirectory);
        while (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = recogniser.Recognise(line, role: role);
            var scores = string.Join(", ", result.Scores.OrderByDescending(s => s.Value).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.##}")));
            var facts = string.Join(", ", result.Facts.Where(f => f.Key is not ("intent" or "language")).Select(f => $"{f.Key}={f.Value}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Intent} ({result.Confidence:0.00}) [{scores}] {facts}{(result.Guess is { } guess ? $" guess={guess}" : "")}")).ConfigureAwait(false);
        }

        return 0;
    }
}
