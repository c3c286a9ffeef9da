using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Dialogs;

namespace CoachBot.Cli;

/// <summary>
/// <c>chat</c>: talk to the coaching dialogs in the terminal, one message per line, without a host: each reply is
/// printed as its first screen (headline, Say now, the lines), then the buttons with their numbers; type a number
/// to press one. What is behind More is printed with <c>--more</c>. For trying wording and flow quickly.
/// </summary>
internal sealed class ChatCommand : ICliCommand
{
    public string Name => "chat";

    public string Summary => "talk to the coaching dialogs in the terminal (a number presses a button; --more shows More)";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var loaded = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            await output.WriteLineAsync($"playbooks do not load ({loaded.Errors.Count} error(s)); run validate").ConfigureAwait(false);
            return 2;
        }

        var policy = await PolicyLoader.LoadOrThrowAsync(PolicyLoader.SampleFile, cancellationToken).ConfigureAwait(false);
        var texts = (await TextCatalogLoader.LoadAsync(arguments.PlaybookDirectory, CoachingBot.TextKeys, cancellationToken).ConfigureAwait(false)).OrThrow();
        var recogniser = Recogniser.LoadDefault();
        var notes = new TerminalCallNotes();
        var runner = CoachingBot.CreateRunner(new RulesEngine(loaded.Knowledge), recogniser, policy, texts, new CoachingOptions { CallNotes = notes, Training = NoTrainingRecords.Instance });
        var showMore = arguments.Option("more") is not null;
        var state = DialogState.Empty;
        IReadOnlyList<Choice> buttons = [];
        while (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var turn = new IncomingTurn("cli", "cli-user") { Locale = arguments.Option("locale") };
            turn = int.TryParse(line, out var number) && number >= 1 && number <= buttons.Count
                ? turn with { Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["choice"] = buttons[number - 1].Value }) }
                : CoachingBot.WithDetectedLanguage(turn with { Text = line }, recogniser);
            var outcome = await runner.RunTurnAsync(turn, state, cancellationToken).ConfigureAwait(false);
            state = outcome.State;
            notes.Keep(outcome.Effects);
            buttons = [.. outcome.Replies.SelectMany(r => r.Choices)];
            var index = 0;
            foreach (var reply in outcome.Replies)
            {
                await output.WriteLineAsync(Describe(reply, showMore, index)).ConfigureAwait(false);
                index += reply.Choices.Count;
            }
        }

        return 0;
    }

    private static string Describe(Reply reply, bool showMore, int index)
    {
        var card = reply.Card;
        var first = new[] { card?.Title }.Concat([reply.Text]).Concat(card?.Lines ?? []).OfType<string>().ToList();
        var text = string.Join(Environment.NewLine, first.Select(l => "  | " + l));
        text += $"{Environment.NewLine}  ({first.Sum(l => l.Length)} characters, {first.Count} slots; cites {string.Join(", ", reply.Citations.Select(c => c.Id))})";
        foreach (var section in card?.Sections ?? [])
        {
            text += Environment.NewLine + $"  # {section.Heading}: {string.Join(" / ", section.Lines)}";
        }

        if (showMore && card?.More is { } more)
        {
            text += Environment.NewLine + string.Join(Environment.NewLine, more.Sections.Select(s => $"  > {s.Heading}: {string.Join(" / ", s.Lines)}"));
        }

        return text + Environment.NewLine + string.Join("  ", reply.Choices.Select((c, i) => $"[{index + i + 1}] {c.Title}"));
    }
}
