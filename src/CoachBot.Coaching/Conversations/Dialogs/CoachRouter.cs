using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The steps of <see cref="CoachDialog"/>: route the message (or ask which situation it is), then route the answer.</summary>
internal sealed class CoachRouter(CoachingServices services)
{
    private readonly AdviceActionHandler _actions = new(services);

    public IEnumerable<WaterfallStep> All => [RouteAsync, RouteClarifiedAsync];

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        switch (AdviceButtons.Read(step.Turn))
        {
            case AdviceAction.Escalate:
                await _actions.EscalateAsync(dc, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case AdviceAction.Helpful or AdviceAction.NotHelpful:
                await AdviceActionHandler.FeedbackAsync(dc, AdviceButtons.Read(step.Turn) == AdviceAction.Helpful, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case AdviceAction.AfterCall:
                return await dc.ReplaceDialogAsync(CallNoteDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            default:
                break;
        }

        var text = step.Turn.Text ?? ChoiceRecognizer.SubmittedChoice(step.Turn.Value);
        if (string.IsNullOrWhiteSpace(text))
        {
            await step.SendAsync(Reply.Say(CoachTexts.Help.For(step.Language)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (ForgetCommand.Matches(text))
        {
            dc.AddSideEffect(SideEffectKinds.ForgetUser, new ForgetUserPayload(step.Turn.UserId, step.Turn.AadObjectId, step.Turn.ConversationId));
            dc.LastExplanation = null;
            await step.SendAsync(CoachTexts.Forgotten, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var recognition = services.Recogniser.Recognise(text, step.Turn.Locale);
        var facts = recognition.Facts;
        if (facts.TryGet("emergency", out var emergency) && emergency.Symbol is not (null or "none"))
        {
            await SendSafetyAdviceAsync(step, recognition.Intent, facts, cancellationToken).ConfigureAwait(false);
            facts.Remove("emergency");
        }

        var discount = DiscountRequest.From(facts, recognition.Amounts);
        if (recognition.Clarification is { } clarification && recognition.Intent == "unknown")
        {
            step.Values.Set("discount", discount);
            var choices = clarification.Choices.Select(c => new Choice(c.Label, c.Intent)).ToList();
            return await step.PromptAsync(CoachDialog.ClarifyPromptId, new PromptOptions(clarification.Question) { Choices = choices, MaxRetries = 1 }, cancellationToken)
                .ConfigureAwait(false);
        }

        return await RouteToAsync(step, recognition.Intent, discount, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteClarifiedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var discount = step.Values.Get<DiscountRequest>("discount")!;
        if (step.GetResult<Choice>() is not { } choice)
        {
            await step.SendAsync(Reply.Say(CoachTexts.Help.For(step.Language)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var facts = discount.Facts.With("intent", FactValue.OfSymbol(choice.Value));
        return await RouteToAsync(step, choice.Value, discount with { Facts = facts }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> RouteToAsync(WaterfallStepContext step, string intent, DiscountRequest request, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        var advice = new AdviceRequest(intent, request.Facts);
        var dialogId = intent switch
        {
            "complaint" => ComplaintDialog.DialogId,
            "incumbent" => WedgeDialog.DialogId,
            "objection" => ObjectionDialog.DialogId,
            "lost_account" => LostAccountDialog.DialogId,
            "manager_question" => CoachingBot.ManagerDialogId,
            "sales_question" => CoachingBot.SalesDialogId,
            _ => null,
        };
        if (intent == "discount_request")
        {
            return await dc.ReplaceDialogAsync(DiscountDialog.DialogId, request, cancellationToken).ConfigureAwait(false);
        }

        if (dialogId is not null)
        {
            return await dc.ReplaceDialogAsync(dialogId, advice, cancellationToken).ConfigureAwait(false);
        }

        // Greetings, help and anything the bot cannot coach on yet (an emergency alone has had its advice).
        if (dc.Replies.Count == 0)
        {
            await step.SendAsync(Reply.Say((intent == "greeting" ? CoachTexts.Welcome : CoachTexts.Help).For(step.Language)), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendSafetyAdviceAsync(WaterfallStepContext step, string intent, FactSet facts, CancellationToken cancellationToken)
    {
        var safety = services.Engine().Evaluate(facts, "safety");
        if (!safety.OverrideFired)
        {
            return;
        }

        step.Context.SetExplanation(CoachingExplanation.From(intent, safety));
        await step.SendAsync(AdviceReplyBuilder.Build(safety, step.Language, services.Knowledge, AdviceLayout.Default), cancellationToken).ConfigureAwait(false);
    }
}
