using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Updates the last advice from what the user adds to it: a refinement button (the card is refreshed in place where
/// the client can), the figures form, a typed answer to the card's open refinement ("yes", a button's label in any
/// language), or figures typed after a discount card. A button from an older card says plainly that it has expired.
/// </summary>
internal sealed class AdviceUpdater(CoachingServices services, Advisor advisor)
{
    public async Task RefineAsync(DialogContext dc, Refinement refinement, CancellationToken cancellationToken)
    {
        if (Memory(dc) is not { } memory || memory.Sequence != refinement.Sequence)
        {
            await dc.SendAsync(AdviceTexts.CardExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        AdviceMemory? refined = refinement switch
        {
            { Fact: Refinement.IntentFact } when Advisor.Domain(refinement.Value) is not null => memory with
            {
                Intent = refinement.Value,
                Facts = memory.Facts.With(Refinement.IntentFact, FactValue.OfSymbol(refinement.Value)),
                Alternatives = [.. memory.Alternatives.Where(a => a != refinement.Value).Prepend(memory.Intent)],
                Guessed = false,
            },
            { Value: Refinement.NotSure } => memory with { Settled = [.. memory.Settled, refinement.Fact] },
            _ => Answer(memory, refinement.Fact, refinement.Value),
        };
        if (refined is null)
        {
            await dc.SendAsync(AdviceTexts.CardExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        await AdviseAsync(dc, refined, refresh: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task SubmitFiguresAsync(DialogContext dc, FiguresSubmit submit, CancellationToken cancellationToken)
    {
        if (Memory(dc) is not { Intent: "discount_request" } memory || memory.Sequence != submit.Sequence)
        {
            await dc.SendAsync(AdviceTexts.CardExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        var amounts = services.Recogniser.Amounts;
        var locale = dc.Turn.Locale;
        decimal? rate = submit.Rate is { } r && amounts.TryReadMoney(r, locale, out var value) && value > 0 ? value : null;
        var given = submit.Given is { } g && amounts.TryRead(g, locale, out var givenAmount) ? Concession(givenAmount) : Policy.Concession.None;
        var ask = submit.Ask is { } a && amounts.TryRead(a, locale, out var askAmount) ? Concession(askAmount) : null;
        var terms = new DiscountTerms(rate, given, ask);
        if (terms.IsEmpty)
        {
            await dc.SendAsync(AdviceTexts.FiguresNotRead, cancellationToken).ConfigureAwait(false);
            return;
        }

        await AdviseAsync(dc, memory with { Discount = memory.Discount.With(terms) }, refresh: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A typed answer to the last card's open refinement: its option's label in any language, or yes / no.</summary>
    public async Task<bool> TryTypedAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (Memory(dc) is not { Open: { } fact } memory || Refinements.Find(services.Knowledge, fact) is not { } question)
        {
            return false;
        }

        var folded = TextFolding.FoldForMatch(text);
        if (services.Texts[AdviceTexts.NotSure].All.Any(l => string.Equals(TextFolding.FoldForMatch(l), folded, StringComparison.OrdinalIgnoreCase)))
        {
            // "Not sure" typed, as on the button: the fact stays open, and is not read as a new situation.
            await AdviseAsync(dc, memory with { Settled = [.. memory.Settled, fact] }, refresh: false, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var option = question.Options.FirstOrDefault(o => o.Label.All.Any(l => string.Equals(TextFolding.FoldForMatch(l), folded, StringComparison.OrdinalIgnoreCase)));
        if (option is null && ConfirmRecognizer.Recognize(text) is { } yes)
        {
            option = question.Options.FirstOrDefault(o => o.Value.Kind == FactKind.Bool && o.Value.IsTrue == yes);
        }

        if (option is null)
        {
            return false;
        }

        await AdviseAsync(dc, Answer(memory, fact, option.Value.ToString())!, refresh: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Figures typed after a discount card ("rate 120, she wants 10%", or a bare "120" for the rate).</summary>
    public async Task<bool> TryTypedFiguresAsync(DialogContext dc, Recognition.Recognition recognition, CancellationToken cancellationToken)
    {
        if (Memory(dc) is not { Intent: "discount_request" } memory
            || recognition.Intent is not ("unknown" or "discount_request")
            || recognition.Amounts.Count == 0)
        {
            return false;
        }

        var terms = DiscountTerms.From(recognition.Amounts);
        if (terms.IsEmpty && recognition.Amounts is [{ Role: AmountRole.None or AmountRole.Ask } only])
        {
            // A bare figure fills the first one still missing: the rate, then the ask.
            terms = memory.Discount.Rate is null && only.Kind == AmountKind.Money
                ? terms with { Rate = only.Value }
                : terms with { Ask = Concession(only) };
        }

        var facts = memory.Facts.ToFactSet().Merge(recognition.Facts).Set("intent", "discount_request");
        var updated = memory with { Facts = FactSnapshot.From(facts), Discount = memory.Discount.With(terms) };
        await AdviseAsync(dc, updated, refresh: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task AdviseAsync(DialogContext dc, AdviceMemory memory, bool refresh, CancellationToken cancellationToken)
    {
        if (!await advisor.AdviseAsync(dc, memory, refresh, cancellationToken).ConfigureAwait(false))
        {
            await dc.SendAsync(CoachTexts.NoAdvice, cancellationToken).ConfigureAwait(false);
        }
    }

    private AdviceMemory? Answer(AdviceMemory memory, string fact, string value) =>
        Refinements.Find(services.Knowledge, fact) is { } question && Refinements.Option(question, value) is { } option
            ? memory with { Facts = memory.Facts.With(fact, option.Value) }
            : null;

    private static AdviceMemory? Memory(DialogContext dc) => dc.GetExplanation<CoachingExplanation>()?.Memory;

    private static Policy.Concession Concession(Amount amount) =>
        amount.Kind == AmountKind.Money ? Policy.Concession.OfAmount(amount.Value) : Policy.Concession.OfPercent(amount.Value);


}
