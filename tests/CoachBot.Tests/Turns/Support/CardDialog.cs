using CoachBot.Dialogs;

namespace CoachBot.Tests.Turns.Support;

/// <summary>
/// A test-only root dialog that answers like advice will: a card with a title, a Say-now text, lines, "More", a
/// figures form and buttons that refresh the card. Pressing a refreshing button answers with the refreshed card and
/// a plain note; submitting the form echoes the inputs it got; "many" sends a card with more buttons than Teams shows.
/// </summary>
public sealed class CardDialog() : Dialog(DialogId)
{
    public const string DialogId = "test.card";
    public const string RefinePrefix = "refine:";
    public const string FiguresValue = "figures";
    public const string NotePrefix = "Noted: ";

    public static Reply Advice(string title) => new("Say now: I am so sorry about your bag.")
    {
        Card = new ReplyCard(title, [])
        {
            Lines = ["Do next: write down what was in the bag.", "Never say: it is not our fault."],
            More = new ReplyMore("More", [
                new ReplySection("Other phrasings", ["I understand how stressful this is.", "Let me sort this out for you."]),
                new ReplySection("When to escalate", ["He asks for money."]),
            ]),
            Form = new ReplyForm(
                "Figures",
                [new ReplyInput("rate", "Room rate per night", "e.g. 120"), new ReplyInput("ask", "What the guest asks", null)],
                new Choice("Work it out", FiguresValue)),
        },
        Choices =
        [
            new Choice("Wants compensation", $"{RefinePrefix}compensation=yes") { Refreshes = true },
            new Choice("Why?", "why"),
        ],
        Citations = [new Citation("H-12", "Hotel all-staff marketing", "Case 1", null)],
        FeedbackEnabled = true,
    };

    public static DialogRunner Runner(TextCatalog texts) => new(new DialogSet().Add(new CardDialog()), DialogId, new DialogRunnerOptions { Texts = texts });

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var choice = CardValue.TextField(dc.Turn.Value, "choice") ?? dc.Turn.Text ?? string.Empty;
        if (choice.StartsWith(RefinePrefix, StringComparison.Ordinal))
        {
            var fact = choice[RefinePrefix.Length..];
            await dc.SendAsync(Advice($"Refined: {fact}") with { RefreshesCard = true }, cancellationToken);
            await dc.SendAsync(Reply.Say($"{NotePrefix}{fact}"), cancellationToken);
        }
        else if (choice == FiguresValue)
        {
            var rate = CardValue.TextField(dc.Turn.Value, "rate");
            var ask = CardValue.TextField(dc.Turn.Value, "ask");
            await dc.SendAsync(Reply.Say($"Figures: rate {rate}, ask {ask}"), cancellationToken);
        }
        else if (choice == "many")
        {
            var choices = Enumerable.Range(1, 7).Select(i => new Choice($"Option {i}", $"option-{i}")).ToList();
            await dc.SendAsync(Advice("Many options") with { Choices = choices }, cancellationToken);
        }
        else
        {
            await dc.SendAsync(Advice("Guest lost his bag"), cancellationToken);
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
