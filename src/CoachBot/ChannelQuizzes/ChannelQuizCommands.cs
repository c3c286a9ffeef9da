using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Channel quizzes at turn time, before the dialogs: a trainer's "start quiz complaints 5" or "end quiz" in a channel
/// or group chat, and every press on a quiz card. A member's answer is one row, written once whatever the taps, re-sent
/// invokes or redeliveries (the first answer stands) and answered with that member's own card; a refresh Teams sends
/// by itself (trigger "automatic") or a view only reads. Moving the quiz on (posting, closing, ending) is left to
/// <see cref="ChannelQuizStepHandler"/>, which the outbox runs one step at a time.
/// </summary>
internal sealed class ChannelQuizCommands(
    ChannelQuizStore quizzes,
    IOptions<ChannelQuizOptions> options,
    TimeProvider timeProvider,
    ILogger<ChannelQuizCommands> logger)
{
    public const string TrainerRole = "trainer";

    public async Task<TurnPlan?> TryHandleAsync(
        InboundActivity inbound, IncomingTurn turn, ContentSet content, ConversationRecord reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(content);
        if (ChannelQuizAction.Read(turn.Value) is { } action)
        {
            return await OnCardAsync(inbound, turn, content, action, reference, cancellationToken).ConfigureAwait(false);
        }

        if (turn.ConversationType == ConversationTypes.Personal || turn.Text is not { Length: > 0 } text)
        {
            return null;
        }

        if (content.Texts.Recognize(text) is { } end && end.Command == ChannelQuizTexts.End)
        {
            return await EndAsync(inbound, turn, content.Texts, end.Language, reference, cancellationToken).ConfigureAwait(false);
        }

        return QuizRequest.FromCommand(content.Texts, text) is { } request
            ? await StartAsync(inbound, turn, content, request.Request, request.Language, reference, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private async Task<TurnPlan> StartAsync(
        InboundActivity inbound, IncomingTurn turn, ContentSet content, QuizRequest request, ReplyLanguage language, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var texts = content.Texts;
        if (!turn.IsInRole(TrainerRole))
        {
            ChannelQuizLog.Refused(logger, turn.ConversationId);
            return Say(inbound, texts.For(ChannelQuizTexts.TrainersOnly, language), reference);
        }

        if (await quizzes.GetRunningAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false) is { } running)
        {
            return Say(inbound, texts.Format(ChannelQuizTexts.AlreadyRunning, language, ChannelQuizCard.TopicName(texts, running, language)), reference);
        }

        var settings = options.Value;
        var pool = content.Quiz.Questions
            .Where(q => q.Kind != QuizKind.Order && (request.Topic is null || q.Topic == request.Topic))
            .ToArray();
        if (request.UnknownTopic || pool.Length == 0)
        {
            var topics = content.Quiz.Topics.Select(t => texts.For(ChannelQuizTexts.Topic(t), language));
            return Say(inbound, texts.Format(ChannelQuizTexts.UnknownTopic, language, string.Join(", ", topics)), reference);
        }

        Random.Shared.Shuffle(pool);
        var questions = pool.Take(Math.Min(request.Count ?? settings.DefaultQuestions, settings.MaxQuestions))
            .Select(q => new ChannelQuizQuestion(q.Id, Shuffled(q)))
            .ToList();
        var quiz = new ChannelQuizRecord(
            $"cq-{Guid.NewGuid():N}",
            turn.ConversationId,
            inbound.ServiceUrl,
            turn.UserId,
            turn.UserName,
            request.Topic,
            language.Tag,
            settings.QuestionSeconds,
            questions,
            timeProvider.GetUtcNow())
        {
            TeamId = inbound.Activity.GetTeamId(),
        };
        await quizzes.SaveAsync(quiz, cancellationToken).ConfigureAwait(false);
        await quizzes.SetRunningAsync(turn.ConversationId, quiz.Id, cancellationToken).ConfigureAwait(false);
        ChannelQuizLog.Started(logger, quiz.Id, turn.ConversationId, request.Topic ?? "all", questions.Count);
        var started = texts.Format(
            ChannelQuizTexts.Started, language, turn.UserName ?? turn.UserId, ChannelQuizCard.TopicName(texts, quiz, language), questions.Count, quiz.QuestionSeconds);
        return Say(inbound, started, reference) with { Effects = [Step(new ChannelQuizStep(quiz.Id, Closing: -1))] };
    }

    private async Task<TurnPlan> EndAsync(
        InboundActivity inbound, IncomingTurn turn, TextCatalog texts, ReplyLanguage language, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var running = await quizzes.GetRunningAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        if (running is null)
        {
            return Say(inbound, texts.For(ChannelQuizTexts.NoneRunning, language), reference);
        }

        if (turn.UserId != running.TrainerId)
        {
            return Say(inbound, texts.For(ChannelQuizTexts.TrainerOnlyClose, language), reference);
        }

        // The step posts the final leaderboard; nothing to say here that it will not.
        return new TurnPlan { Conversation = reference, Effects = [Step(new ChannelQuizStep(running.Id, running.Current, End: true, EndedBy: turn.UserName ?? turn.UserId))] };
    }

    private async Task<TurnPlan> OnCardAsync(
        InboundActivity inbound, IncomingTurn turn, ContentSet content, ChannelQuizAction action, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.GetAsync(action.Quiz, cancellationToken).ConfigureAwait(false);
        var bank = quiz is not null && action.Question < quiz.Questions.Count
            ? content.Quiz.Questions.FirstOrDefault(q => q.Id == quiz.Questions[action.Question].Id)
            : null;
        var language = quiz is null ? ReplyLanguage.FromTag(turn.Locale) ?? ReplyLanguage.English : ChannelQuizCard.LanguageOf(quiz);
        if (quiz is null || bank is null)
        {
            // Past its retention, or the question left the bank since: nothing to show but that it is over.
            return Message(inbound, content.Texts.For(ChannelQuizTexts.Over, language), reference);
        }

        // Teams refreshes a card by itself with trigger "automatic": whatever the action says, that only reads.
        var automatic = CardValue.TextField(inbound.Activity.Value, "trigger") == "automatic";
        var now = timeProvider.GetUtcNow();
        if (action.Kind == ChannelQuizAction.Close && !automatic)
        {
            return await CloseAsync(inbound, turn, content.Texts, quiz, bank, action, reference, cancellationToken).ConfigureAwait(false);
        }

        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        if (action.Kind == ChannelQuizAction.Answer && !automatic)
        {
            answers = await AnswerAsync(turn, quiz, bank, action, answers, now, cancellationToken).ConfigureAwait(false);
        }

        var view = ChannelQuizView.For(quiz, action.Question, bank, turn.UserId, answers, now);
        return Card(inbound, ChannelQuizCard.Question(content.Texts, view), reference);
    }

    /// <summary>Records the member's answer unless the question is closed, they run the quiz, or they answered already; returns the answers after it.</summary>
    private async Task<IReadOnlyList<ChannelQuizAnswer>> AnswerAsync(
        IncomingTurn turn, ChannelQuizRecord quiz, QuizQuestion bank, ChannelQuizAction action, IReadOnlyList<ChannelQuizAnswer> answers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shown = quiz.Questions[action.Question].Shown;
        if (!quiz.IsOpen(action.Question, now) || turn.UserId == quiz.TrainerId || action.Option is not { } option || !shown.Contains(option)
            || answers.Any(a => a.Question == action.Question && a.UserId == turn.UserId))
        {
            return answers;
        }

        var right = bank.IsRight([option]);
        var streak = ChannelQuizStanding.StreakBefore(answers, turn.UserId, action.Question);
        var points = ChannelQuizScoring.Points(right, now - quiz.OpenedAt!.Value, quiz.TimeLimit, streak, options.Value.Scoring.ToScoring());
        var answer = new ChannelQuizAnswer(quiz.Id, action.Question, turn.UserId, option, right, points, now, quizzes.ExpiresAt) { UserName = turn.UserName, UserAad = turn.AadObjectId };
        if (await quizzes.AddAnswerAsync(answer, cancellationToken).ConfigureAwait(false))
        {
            ChannelQuizLog.Answered(logger, quiz.Id, action.Question, right, points);
            return [.. answers, answer];
        }

        // Another instance (or a re-sent invoke) got there first: its answer stands, and this view shows it.
        return await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
    }

    private Task<TurnPlan> CloseAsync(
        InboundActivity inbound, IncomingTurn turn, TextCatalog texts, ChannelQuizRecord quiz, QuizQuestion bank, ChannelQuizAction action, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var language = ChannelQuizCard.LanguageOf(quiz);
        if (turn.UserId != quiz.TrainerId)
        {
            return Task.FromResult(Message(inbound, texts.For(ChannelQuizTexts.TrainerOnlyClose, language), reference));
        }

        return CloseAsTrainerAsync(inbound, texts, quiz, bank, action, reference, cancellationToken);
    }

    private async Task<TurnPlan> CloseAsTrainerAsync(
        InboundActivity inbound, TextCatalog texts, ChannelQuizRecord quiz, QuizQuestion bank, ChannelQuizAction action, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);

        // The trainer sees the question as it will be once the step has closed it; the step itself runs after the commit.
        var closed = quiz with { Current = Math.Max(quiz.Current, action.Question + 1) };
        var view = ChannelQuizView.For(closed, action.Question, bank, quiz.TrainerId, answers, timeProvider.GetUtcNow());
        var plan = Card(inbound, ChannelQuizCard.Question(texts, view), reference);
        return action.Question == quiz.Current && !quiz.Finished
            ? plan with { Effects = [Step(new ChannelQuizStep(quiz.Id, action.Question))] }
            : plan;
    }

    private static string[] Shuffled(QuizQuestion question)
    {
        var ids = question.Options.Select(o => o.Id).ToArray();
        Random.Shared.Shuffle(ids);
        return ids;
    }

    private static SideEffect Step(ChannelQuizStep step) =>
        new(ChannelQuizStep.OutboxKind, JsonSerializer.SerializeToElement(step, ChannelQuizStore.Json));

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

    /// <summary>A short message in answer to a press: the invoke's message response, or a reply for a submit.</summary>
    private static TurnPlan Message(InboundActivity inbound, string text, ConversationRecord reference) =>
        inbound.Activity.IsType(ActivityTypes.Invoke)
            ? new TurnPlan { Conversation = reference, Invoke = new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, text)) }
            : Say(inbound, text, reference);

    private static TurnPlan Say(InboundActivity inbound, string text, ConversationRecord reference) =>
        new() { Replies = [inbound.Activity.CreateReply(text)], Conversation = reference };
}
