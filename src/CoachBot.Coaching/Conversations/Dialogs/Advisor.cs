using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Gives advice for a situation in one pass: evaluates the situation's playbook (and the safety rules when there is
/// an emergency) once over the facts known, stores what the card was built from for its refinement buttons and
/// "why?", and sends the card. A question never comes first: facts that would sharpen the advice are buttons on it.
/// </summary>
internal sealed class Advisor(CoachingServices services)
{
    // Teams shows at most six actions in a card's row; More and Why always take two of them.
    private const int MaxActions = 6;

    private readonly DiscountAdvice _discount = new(services);

    /// <summary>The playbook domain that coaches <paramref name="intent"/>, or null when none does.</summary>
    public static string? Domain(string intent) => intent switch
    {
        "complaint" => "complaints",
        "discount_request" => "discount",
        "incumbent" => "wedge",
        "objection" or "sales_question" => "objections",
        "lost_account" => "lost-account",
        "manager_question" => "manager-coaching",
        _ => null,
    };

    /// <summary>The next advice number: higher than the last, so a button from an older card is told apart.</summary>
    public int NextSequence(DialogContext dc)
    {
        var last = dc.GetExplanation<CoachingExplanation>()?.Memory?.Sequence ?? 0;
        var clock = (int)(services.Now.ToUnixTimeSeconds() % 1_000_000_000);
        return Math.Max(last + 1, clock);
    }

    /// <summary>Sends the advice card for <paramref name="memory"/>; false when no rule has advice for it.</summary>
    public async Task<bool> AdviseAsync(DialogContext dc, AdviceMemory memory, bool refresh, CancellationToken cancellationToken)
    {
        var language = dc.Language;
        var facts = memory.Facts.ToFactSet();
        ConcessionPlan? plan = null;
        if (memory.Intent == "discount_request")
        {
            (facts, plan) = _discount.Prepare(dc.Turn, memory.Discount, facts, language);
        }

        var result = Evaluate(memory.Intent, facts);
        if (result.Fired.Count == 0)
        {
            return false;
        }

        memory = memory with { Open = Refinements.OpenQuestion(result.Advice, memory)?.Fact };
        dc.SetExplanation(CoachingExplanation.From(memory.Intent, result) with { Memory = memory });
        var wedge = memory.Intent == "incumbent";
        var extra = wedge ? new[] { AdviceButtons.AfterCall(services.Texts, language) } : [];
        var form = memory.Intent == "discount_request" ? _discount.Form(memory.Sequence, language) : null;
        var taken = 2 + extra.Length + (form is null ? 0 : 1) + (result.Advice.Escalation is null ? 0 : 1);
        var view = new AdviceView(memory.Intent, result, wedge ? AdviceLayout.Wedge : AdviceLayout.Default)
        {
            Sequence = memory.Sequence,
            GuestAddress = facts.TryGet("guest_address", out var address) ? (address.Symbol == "chi" ? "chị" : "anh") : null,
            Refinements = Refinements.For(result.Advice, memory, services.Texts, language, MaxActions - taken),
            ExtraButtons = extra,
            Form = form,
            Refresh = refresh,
        };
        if (plan is not null)
        {
            view = _discount.WithFigures(view, plan, facts, language);
        }
        else if (memory.Intent == "discount_request" && _discount.Notes(dc.Turn, memory.Discount, language) is { Count: > 0 } notes)
        {
            view = view with { FigureSteps = notes };
        }

        if (memory.Guessed)
        {
            // Said plainly: the message was not understood, this is what someone in the user's role most often needs.
            var situation = result.Advice.Classification?.Label.For(language) ?? services.Texts.For(AdviceTexts.Situation(memory.Intent), language);
            view = view with { Headline = services.Texts.Format(AdviceTexts.RoleGuess, language, AdviceTexts.WithoutGloss(situation)) };
        }
        else if (memory.Open is { } open && BestGuess(memory.Intent, facts, result, open, language) is { } headline)
        {
            view = view with { Headline = headline };
        }

        await dc.SendAsync(AdviceCardBuilder.Build(view, services.Texts, language, services.Knowledge), cancellationToken).ConfigureAwait(false);
        return true;
    }

    // The situation as understood, said plainly when the open fact would change it: the first answer that makes it
    // another kind ("Critical complaint. If the guest wants compensation: accusatory complaint.").
    private string? BestGuess(string intent, FactSet facts, EvaluationResult result, string fact, ReplyLanguage language)
    {
        var knowledge = services.Knowledge;
        var current = result.Advice.Classification;
        if (current is null || Refinements.Find(knowledge, fact) is not { } question || !knowledge.Facts.TryGet(fact, out var definition))
        {
            return null;
        }

        foreach (var option in question.Options)
        {
            var other = Evaluate(intent, new FactSet().Merge(facts).Set(fact, option.Value)).Advice.Classification;
            if (other is not null && other.Key != current.Key && definition.Says.TryGetValue(option.Value.ToString(), out var says))
            {
                return services.Texts.Format(AdviceTexts.BestGuess, language, AdviceTexts.WithoutGloss(current.Label.For(language)), says.For(language), AdviceTexts.WithoutGloss(other.Label.For(language)));
            }
        }

        return null;
    }


    // Safety first when there is an emergency, then a trap's "no", then the situation's playbook; one merged advice.
    private EvaluationResult Evaluate(string intent, FactSet facts)
    {
        var engine = services.Engine();
        var fired = new List<RuleFiring>();
        if (facts.TryGet("emergency", out var emergency) && emergency.Symbol is not (null or "none"))
        {
            var safety = engine.Evaluate(facts, "safety");
            if (safety.OverrideFired)
            {
                fired.AddRange(safety.Fired);
            }
        }

        // A trap question ("should I tell him we're empty?") is answered "no, because…" before the situation's advice.
        if (facts.TryGet("trap_question", out _))
        {
            fired.AddRange([.. engine.Evaluate(facts, "traps").Fired.Where(f => !fired.Exists(x => x.RuleId == f.RuleId))]);
        }

        if (Domain(intent) is { } domain)
        {
            // A domain's evaluation includes the safety overrides again: each rule counts once.
            var own = engine.Evaluate(facts, domain).Fired;
            fired.AddRange([.. own.Where(f => !fired.Exists(x => x.RuleId == f.RuleId))]);
            if (domain == "wedge")
            {
                fired.AddRange(WedgeStage(engine, facts, fired));
            }
        }

        return new EvaluationResult(fired, [], Advice.Merge(fired, facts));
    }

    // Before the call, or when the stage is not known yet, the rep also gets the in-call discovery questions and traps:
    // what to ask is the advice; the stage is a refinement.
    private static IEnumerable<RuleFiring> WedgeStage(RulesEngine engine, FactSet facts, List<RuleFiring> fired)
    {
        var known = facts.TryGet("call_stage", out var stage);
        if (known && stage.Symbol != "pre_call")
        {
            return [];
        }

        // The stage was assumed, not said: "why?" must not claim the rep is in the call.
        var inCall = engine.Evaluate(new FactSet().Merge(facts).Set("call_stage", "in_call"), "wedge");
        return inCall.Fired
            .Where(f => !fired.Exists(x => x.RuleId == f.RuleId))
            .Select(f => known ? f : f with { MatchedFacts = [.. f.MatchedFacts.Where(m => m.Name != "call_stage")] });
    }
}
