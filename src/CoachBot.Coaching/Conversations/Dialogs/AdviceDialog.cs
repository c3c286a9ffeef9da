using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Advice from one playbook domain: asks the missing facts (at most two questions, with buttons), then sends the
/// advice card with its citations, stores the explanation for "why?" and the buttons, and ends. The buttons under
/// the card are handled by the root dialog, so they work after this dialog has ended.
/// </summary>
internal class AdviceDialog(string id, string domain, CoachingServices services) : Dialog(id)
{
    protected CoachingServices Services { get; } = services;

    protected string Domain { get; } = domain;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = Request(dc, options);
        return dc.BeginDialogAsync(FactQuestionsDialog.DialogId, new QuestionsRequest(Domain, request.Facts, Services.Options.MaxQuestions), cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = Request(dc, null);
        var facts = (result as FactSnapshot ?? request.Facts).ToFactSet();
        var evaluation = Evaluate(facts);
        if (evaluation.Fired.Count == 0)
        {
            await dc.SendAsync(CoachTexts.NoAdvice, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        dc.SetExplanation(CoachingExplanation.From(request.Intent, evaluation));
        await dc.SendAsync(BuildReply(dc, evaluation, facts), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the domain's rules over the facts.</summary>
    protected virtual EvaluationResult Evaluate(FactSet facts) => Services.Engine().Evaluate(facts, Domain);

    /// <summary>The advice reply.</summary>
    protected virtual Reply BuildReply(DialogContext dc, EvaluationResult evaluation, FactSet facts) =>
        AdviceReplyBuilder.Build(evaluation, dc.Language, Services.Knowledge, AdviceLayout.Default);

    private static AdviceRequest Request(DialogContext dc, object? options) =>
        options as AdviceRequest ?? dc.GetOptions<AdviceRequest>()
        ?? throw new InvalidOperationException($"An advice dialog must be begun with an {nameof(AdviceRequest)}.");
}
