using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// A press on a channel quiz card. A member's answer is one row, written once whatever the taps, re-sent invokes or
/// redeliveries (the first answer stands), and answered with that member's own card; a refresh Teams sends by itself
/// (trigger "automatic") or a "Show my answer" only reads; the trainer's Close queues the step that closes the question.
/// </summary>
internal sealed class ChannelQuizPresses(
    ChannelQuizStore quizzes,
    IOptions<ChannelQuizOptions> options,
    TimeProvider timeProvider,
    ILogger<ChannelQuizPresses> logger)
{
    public async Task<TurnPlan> HandleAsync(
        InboundActivity inbound, IncomingTurn turn, TextCatalog texts, ChannelQuizAction action, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.GetAsync(action.Quiz, cancellationToken).ConfigureAwait(false);
        if (quiz is null || action.Question >= quiz.Questions.Count)
        {
            // Past its retention: nothing to show but that it is over.
            var language = ReplyLanguage.FromTag(turn.Locale) ?? ReplyLanguage.English;
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.Over, language), reference);
        }

        var now = timeProvider.GetUtcNow();
        if (!quiz.Finished && (action.Question > quiz.Current || (action.Question == quiz.Current && quiz.OpenedAt is null)))
        {
            // A card for a question not posted yet cannot have been seen: do not show it early.
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.NotYet, ChannelQuizCard.LanguageOf(quiz)), reference);
        }

        // Teams refreshes a card by itself with trigger "automatic": whatever the action says, that only reads.
        var automatic = CardValue.TextField(inbound.Activity.Value, "trigger") == "automatic";
        if (action.Kind == ChannelQuizAction.Close && !automatic)
        {
            return await CloseAsync(inbound, turn, texts, quiz, action, reference, cancellationToken).ConfigureAwait(false);
        }

        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        var answering = action.Kind == ChannelQuizAction.Answer && !automatic;
        if (answering)
        {
            answers = await AnswerAsync(turn, quiz, action, answers, now, cancellationToken).ConfigureAwait(false);
        }

        var view = ChannelQuizView.For(quiz, action.Question, turn.UserId, answers, now);
        if (answering && !inbound.Activity.IsType(ActivityTypes.Invoke) && view.Mine is not null)
        {
            // A client without Universal Actions posts the answer to the channel: say it is in, never whether it was right.
            var name = turn.UserName ?? turn.UserId;
            return ChannelQuizCommands.Message(inbound, texts.Format(ChannelQuizTexts.AnswerReceived, ChannelQuizCard.LanguageOf(quiz), name), reference);
        }

        return Card(inbound, ChannelQuizCard.Question(texts, view), reference);
    }

    /// <summary>Records the member's answer unless the question is closed, they run the quiz, or they answered already; returns the answers after it.</summary>
    private async Task<IReadOnlyList<ChannelQuizAnswer>> AnswerAsync(
        IncomingTurn turn, ChannelQuizRecord quiz, ChannelQuizAction action, IReadOnlyList<ChannelQuizAnswer> answers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asked = quiz.Questions[action.Question];
        if (!quiz.IsOpen(action.Question, now) || turn.UserId == quiz.TrainerId || action.Option is not { } option
            || asked.Options.All(o => o.Id != option) || answers.Any(a => a.Question == action.Question && a.UserId == turn.UserId))
        {
            return answers;
        }

        var right = asked.IsRight(option);
        var streak = ChannelQuizStanding.StreakBefore(answers.Where(quiz.Counts), turn.UserId, action.Question);
        var points = ChannelQuizScoring.Points(right, now - quiz.OpenedAt!.Value, quiz.TimeLimit, streak, options.Value.Scoring.ToScoring());
        var answer = new ChannelQuizAnswer(quiz.Id, action.Question, turn.UserId, option, right, points, now, quiz.ExpiresAt)
        {
            UserName = turn.UserName,
            UserAad = turn.AadObjectId,
        };
        if (await quizzes.AddAnswerAsync(answer, cancellationToken).ConfigureAwait(false))
        {
            ChannelQuizLog.Answered(logger, quiz.Id, action.Question, right, points);
            return [.. answers, answer];
        }

        // Another instance (or a re-sent invoke) got there first: its answer stands, and this view shows it.
        return await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnPlan> CloseAsync(
        InboundActivity inbound, IncomingTurn turn, TextCatalog texts, ChannelQuizRecord quiz, ChannelQuizAction action, ConversationRecord reference, CancellationToken cancellationToken)
    {
        if (turn.UserId != quiz.TrainerId)
        {
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.TrainerOnlyClose, ChannelQuizCard.LanguageOf(quiz)), reference);
        }

        // The trainer sees the question as it will be once the step has closed it; the step runs after the commit.
        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var closed = quiz with { Current = Math.Max(quiz.Current, action.Question + 1) };
        var plan = Card(inbound, ChannelQuizCard.Question(texts, ChannelQuizView.For(closed, action.Question, quiz.TrainerId, answers, now)), reference);
        return action.Question == quiz.Current && !quiz.Finished
            ? plan with { Effects = [new ChannelQuizStep(quiz.Id, action.Question).ToEffect()] }
            : plan;
    }

    /// <summary>The card in answer to a press: in place of the pressed card for an invoke, as a new message for a submit.</summary>
    private static TurnPlan Card(InboundActivity inbound, Cards.AdaptiveCard card, ConversationRecord reference)
    {
        if (inbound.Activity.IsType(ActivityTypes.Invoke))
        {
            return new TurnPlan
            {
                Conversation = reference,
                Invoke = new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, card)),
            };
        }

        var reply = inbound.Activity.CreateReply();
        reply.Attachments = [ChannelQuizCard.Attach(card)];
        return new TurnPlan { Replies = [reply], Conversation = reference };
    }
}
