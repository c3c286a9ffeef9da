using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A prospect with an incumbent supplier (The Wedge, W-01 … W-07): asks where the rep is (before, in or after the
/// call) if unknown, then gives the questions that let the prospect discover the gaps, the traps to avoid and the
/// plan. Before the call, the in-call questions are shown too, so the rep can prepare them. The card has an
/// "After the call" button that records what was learned.
/// </summary>
internal sealed class WedgeDialog(CoachingServices services) : AdviceDialog(DialogId, "wedge", services)
{
    public const string DialogId = "coach.wedge";

    protected override EvaluationResult Evaluate(FactSet facts)
    {
        var engine = Services.Engine();
        var result = engine.Evaluate(facts, Domain);
        if (!facts.TryGet("call_stage", out var stage) || stage.Symbol != "pre_call")
        {
            return result;
        }

        var inCall = engine.Evaluate(new FactSet().Merge(facts).Set("call_stage", "in_call"), Domain);
        var fired = result.Fired.Concat(inCall.Fired.Where(f => !result.HasFired(f.RuleId))).ToList();
        return new EvaluationResult(fired, result.Suppressed, Advice.Merge(fired, facts));
    }

    protected override Reply BuildReply(DialogContext dc, EvaluationResult evaluation, FactSet facts) =>
        AdviceReplyBuilder.Build(evaluation, dc.Language, Services.Knowledge, AdviceLayout.Wedge, extraButtons: [AdviceButtons.AfterCall(dc.Language)]);
}
