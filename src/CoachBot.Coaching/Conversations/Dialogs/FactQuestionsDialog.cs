using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Asks only the facts the rules still miss, with the engine's own questions and answer buttons, at most
/// <see cref="QuestionsRequest.MaxQuestions"/> of them (the first advice must come fast); ends with the facts.
/// An answer that is not one of the buttons after one re-ask ends the questions, and advice comes with what is known.
/// </summary>
internal sealed class FactQuestionsDialog(CoachingServices services) : Dialog(DialogId)
{
    public const string DialogId = "coach.questions";
    public const string PromptId = "coach.questions.choice";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = options as QuestionsRequest ?? dc.GetOptions<QuestionsRequest>()
            ?? throw new ArgumentException($"{DialogId} must be begun with a {nameof(QuestionsRequest)}.", nameof(options));
        dc.SetState(new QuestionsState(request.Domain, request.Facts, request.MaxQuestions, 0, null));
        return AskNextAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.GetState<QuestionsState>()!;
        if (result is Choice choice && state.Asking is { } fact
            && Question(state, fact)?.Options.FirstOrDefault(o => o.Value.ToString() == choice.Value) is { } option)
        {
            state = state with { Facts = state.Facts.With(fact, option.Value), Asked = state.Asked + 1, Asking = null };
        }
        else
        {
            state = state with { Asked = state.MaxQuestions, Asking = null };
        }

        dc.SetState(state);
        return AskNextAsync(dc, cancellationToken);
    }

    private Task<DialogTurnResult> AskNextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.GetState<QuestionsState>()!;
        var question = state.Asked < state.MaxQuestions ? Question(state, null) : null;
        if (question is null)
        {
            return dc.EndDialogAsync(state.Facts, cancellationToken);
        }

        dc.SetState(state with { Asking = question.Fact });
        var choices = question.Options
            .Select(o => new Choice(o.Label.Get(dc.Language.Tag), o.Value.ToString()) { Synonyms = [o.Label.En, o.Label.Vi, o.Label.Zh, o.Label.ZhHant] })
            .ToList();
        return dc.PromptAsync(PromptId, new PromptOptions(CoachTexts.From(question.Question)) { Choices = choices, MaxRetries = 1 }, cancellationToken);
    }

    // The engine's first open question, or the one for `fact`; null when the rules need nothing more.
    private Knowledge.FactQuestion? Question(QuestionsState state, string? fact)
    {
        var questions = services.Engine().Evaluate(state.Facts.ToFactSet(), state.Domain).Advice.Questions;
        return fact is null ? (questions.Count > 0 ? questions[0] : null) : questions.FirstOrDefault(q => q.Fact == fact);
    }
}
