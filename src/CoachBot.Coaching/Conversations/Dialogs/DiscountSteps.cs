using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The steps of <see cref="DiscountDialog"/>: rate, ask, missing facts, advice with figures.</summary>
internal sealed class DiscountSteps(CoachingServices services)
{
    private const string Domain = "discount";

    public IEnumerable<WaterfallStep> All => [AskRateAsync, AskConcessionAsync, AskFactsAsync, AdviseAsync];

    private async Task<DialogTurnResult> AskRateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<DiscountRequest>()!;
        step.Values.Set("request", request);
        return request.Rate is null
            ? await step.PromptAsync(AmountPrompt.MoneyId, new PromptOptions(DiscountTexts.AskRate(services.Policy.Currency.Code)), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskConcessionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var request = step.Values.Get<DiscountRequest>("request")!;
        if (step.Result is AmountAnswer rate)
        {
            request = request with { Rate = rate.Value };
            step.Values.Set("request", request);
        }

        return request.Ask is null
            ? await step.PromptAsync(AmountPrompt.MoneyOrPercentId, new PromptOptions(DiscountTexts.AskConcession), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskFactsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var request = step.Values.Get<DiscountRequest>("request")!;
        if (step.Result is AmountAnswer ask)
        {
            request = request with { Ask = ask.IsPercent ? Concession.OfPercent(ask.Value) : Concession.OfAmount(ask.Value) };
            step.Values.Set("request", request);
        }

        var facts = WithPolicyFacts(request, Plan(step.Turn, request, regular: false), request.Facts.ToFactSet());
        return await step.BeginDialogAsync(
            FactQuestionsDialog.DialogId, new QuestionsRequest(Domain, FactSnapshot.From(facts), services.Options.MaxQuestions), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AdviseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Values.Get<DiscountRequest>("request")!;
        var facts = (step.Result as FactSnapshot ?? request.Facts).ToFactSet();
        var regular = facts.TryGet("regular_guest", out var r) && r.IsTrue;
        var plan = Plan(step.Turn, request, regular);
        var evaluation = services.Engine().Evaluate(WithPolicyFacts(request, plan, facts), Domain);
        step.Context.SetExplanation(CoachingExplanation.From("discount_request", evaluation));
        var figures = DiscountFigures.Section(plan, services.Policy.Currency, step.Language, regular);
        await step.SendAsync(AdviceReplyBuilder.Build(evaluation, step.Language, services.Knowledge, AdviceLayout.Default, [figures]), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private ConcessionPlan Plan(IncomingTurn turn, DiscountRequest request, bool regular)
    {
        var authority = services.Policy.AuthorityFor(services.RoleOf(turn));
        return new ConcessionCalculator(services.Policy.Currency).Plan(authority, request.Rate!.Value, request.Given, request.Ask!, regular);
    }

    // Facts only configuration may set: the user's role and authority, whether the ask fits, and the season by the calendar.
    private FactSet WithPolicyFacts(DiscountRequest request, ConcessionPlan plan, FactSet facts)
    {
        var assessment = plan.Assessment;
        facts.Set("role", StaffRoles.Key(assessment.Authority.Role))
            .Set("authority_percent", assessment.Authority.MaxDiscountPercent)
            .Set("ask_within_authority", assessment.WithinAuthority)
            .Set("authority_spent", assessment.AuthoritySpent)
            .Set("room_rate", request.Rate!.Value);
        if (!facts.TryGet("peak_season", out _))
        {
            facts.Set("peak_season", services.Policy.IsPeakSeason(services.Now));
        }

        return facts;
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SendAsync(EngineStrings.TooManyAttempts, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
