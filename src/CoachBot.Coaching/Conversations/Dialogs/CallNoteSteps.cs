using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The steps of <see cref="CallNoteDialog"/>.</summary>
internal sealed class CallNoteSteps(CoachingServices services)
{
    // Long enough for a line or two; the note and the prospect's name are the only user text the bot keeps, so both stay short.
    private const int MaxNoteLength = 280;
    private const int MaxProspectLength = 80;

    private readonly Advisor _advisor = new(services);

    public IEnumerable<WaterfallStep> All => [AskProspectAsync, AskGapAsync, AskDecisionMakerAsync, AskNextStepAsync, AskNoteAsync, SaveAsync];

    // Notes are listed by prospect ("my notes on Keller Logistics"), so the name comes first.
    private Task<DialogTurnResult> AskProspectAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(CallNoteDialog.ProspectPromptId, new PromptOptions(services.Texts[CallNoteTexts.ProspectQuestion]) { MaxRetries = 1 }, cancellationToken);

    private async Task<DialogTurnResult> AskGapAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var prospect = (step.GetResult<string>() ?? string.Empty).Trim();
        if (prospect.Length == 0)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("prospect", Cut(prospect, MaxProspectLength));
        return await step.PromptAsync(CallNoteDialog.ChoicePromptId, new PromptOptions(services.Texts[CallNoteTexts.GapQuestion])
        {
            MaxRetries = 1,
            Choices = [.. CallNoteTexts.Gaps.Select(g => Button(g.Value, services.Texts[g.Label], step.Language))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskDecisionMakerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<Choice>() is not { } gap)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("gap", gap.Value);
        return await step.PromptAsync(CallNoteDialog.ConfirmPromptId, new PromptOptions(services.Texts[CallNoteTexts.DecisionMakerQuestion]) { MaxRetries = 1 }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not bool known)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("decisionMakerKnown", known);
        return await step.PromptAsync(CallNoteDialog.ChoicePromptId, new PromptOptions(services.Texts[CallNoteTexts.NextStepQuestion])
        {
            MaxRetries = 1,
            Choices = [.. CallNoteTexts.NextSteps.Select(n => Button(n.Value, services.Texts[n.Label], step.Language))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNoteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<Choice>() is not { } next)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("nextStep", next.Value);
        var skip = services.Texts[CallNoteTexts.Skip];
        return await step.PromptAsync(CallNoteDialog.TextPromptId, new PromptOptions(services.Texts[CallNoteTexts.NoteQuestion].FormatAll(services.Policy.CallNoteRetentionDays))
        {
            MaxRetries = 1,
            Choices = [new Choice(skip.For(step.Language), "skip")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var policy = services.Policy;
        var now = services.Now;
        var gap = step.Values.Get<string>("gap")!;
        var known = step.Values.Get<bool>("decisionMakerKnown");
        var nextStep = step.Values.Get<string>("nextStep")!;
        var days = CallNoteTexts.NextSteps.First(n => n.Value == nextStep).Days;
        var today = DateOnly.FromDateTime(policy.LocalTime(now).DateTime);
        var expiresAt = now.AddDays(policy.CallNoteRetentionDays);
        var note = new CallNotePayload(
            policy.PropertyId,
            gap == "none_yet" ? [] : [gap],
            known,
            days is { } d ? today.AddDays(d) : null,
            Note(step),
            policy.CallNoteRetentionDays,
            expiresAt)
        {
            AuthorId = step.Context.Turn.UserId,
            Prospect = step.Values.Get<string>("prospect"),
            NextStep = nextStep,
            RecordedAt = now,
        };
        step.Context.AddSideEffect(SideEffect.Create(SideEffectKinds.CallNote, note) with { ExpiresAt = expiresAt });
        await step.SendAsync(Reply.Say(services.Texts.Format(CallNoteTexts.Saved, step.Language, policy.CallNoteRetentionDays)), cancellationToken).ConfigureAwait(false);

        // The next step comes from the Wedge playbook's after-call rules.
        var facts = new FactSet().Set("intent", "incumbent").Set("incumbent_mentioned", true)
            .Set("call_stage", "post_call").Set("decision_maker_known", known);
        var memory = new AdviceMemory(_advisor.NextSequence(step.Context), "incumbent", FactSnapshot.From(facts), DiscountTerms.None, [], []);
        await _advisor.AdviseAsync(step.Context, memory, refresh: false, cancellationToken).ConfigureAwait(false);

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string? Note(WaterfallStepContext step)
    {
        var text = (step.GetResult<string>() ?? string.Empty).Trim();
        var folded = TextFolding.FoldForMatch(text);
        var skipped = text.Length == 0
            || string.Equals(folded, "skip", StringComparison.OrdinalIgnoreCase)
            || new[] { services.Texts[CallNoteTexts.Skip].Vi, services.Texts[CallNoteTexts.Skip].Zh, services.Texts[CallNoteTexts.Skip].ZhHant }
                .Any(s => string.Equals(TextFolding.FoldForMatch(s), folded, StringComparison.OrdinalIgnoreCase));
        return skipped ? null : Cut(text, MaxNoteLength);
    }

    private static Choice Button(string value, LocalizedText label, ReplyLanguage language) =>
        new(label.For(language), value) { Synonyms = [.. new[] { label.En, label.Vi, label.Zh, label.ZhHant }.OfType<string>()] };

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SendAsync(EngineStrings.TooManyAttempts, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // At most `max` UTF-16 units, cut between whole characters: an emoji or a letter with its marks is kept or dropped
    // whole, never halved into a broken character.
    internal static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && length + elements.GetTextElement().Length <= max)
        {
            length += elements.GetTextElement().Length;
        }

        return text[..length];
    }
}
