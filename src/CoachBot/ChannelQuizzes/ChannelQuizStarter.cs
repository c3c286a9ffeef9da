using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// A trainer's "start quiz complaints 5" and "end quiz" in a channel. Starting picks the questions and copies them, in the
/// trainer's language, into the quiz; the quiz is stored by its first step, which the turn commits with its reply, so a
/// turn that fails stores nothing. One quiz runs per channel at a time.
/// </summary>
internal sealed class ChannelQuizStarter(
    ChannelQuizStore quizzes,
    IOptions<ChannelQuizOptions> options,
    IOptions<CoachBotOptions> hostOptions,
    TimeProvider timeProvider,
    ILogger<ChannelQuizStarter> logger)
{
    public async Task<TurnPlan?> TryHandleAsync(
        InboundActivity inbound, IncomingTurn turn, CommandMatch? command, ContentSet content, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var texts = content.Texts;
        if (command is { } end && end.Command == ChannelQuizTexts.End)
        {
            return await EndAsync(inbound, turn, texts, end.Language, reference, cancellationToken).ConfigureAwait(false);
        }

        return QuizRequest.FromStartCommand(texts, turn.Text!) is { } request
            ? await StartAsync(inbound, turn, content, request.Request, request.Language, reference, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private async Task<TurnPlan> StartAsync(
        InboundActivity inbound, IncomingTurn turn, ContentSet content, QuizRequest request, ReplyLanguage language, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var texts = content.Texts;
        if (!turn.IsInRole(ChannelQuizCommands.TrainerRole))
        {
            ChannelQuizLog.Refused(logger, turn.ConversationId);
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.TrainersOnly, language), reference);
        }

        if (await quizzes.GetRunningAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false) is { } running)
        {
            return ChannelQuizCommands.Message(inbound, texts.Format(ChannelQuizTexts.AlreadyRunning, language, ChannelQuizCard.TopicName(texts, running, language)), reference);
        }

        var settings = options.Value;
        var pool = content.Quiz.Questions
            .Where(q => q.Kind != QuizKind.Order && q.Answer.Count == 1 && (request.Topic is null || q.Topic == request.Topic))
            .ToArray();
        if (request.UnknownTopic || pool.Length == 0)
        {
            var topics = content.Quiz.Topics.Select(t => texts.For(ChannelQuizTexts.Topic(t), language));
            return ChannelQuizCommands.Message(inbound, texts.Format(ChannelQuizTexts.UnknownTopic, language, ChannelQuizCard.List(topics, language)), reference);
        }

        Random.Shared.Shuffle(pool);
        var now = timeProvider.GetUtcNow();
        var quiz = new ChannelQuizRecord(
            $"cq-{Guid.NewGuid():N}",
            turn.ConversationId,
            inbound.ServiceUrl,
            turn.UserId,
            turn.UserName,
            request.Topic,
            language.Tag,
            settings.QuestionSeconds,
            [.. pool.Take(Math.Min(request.Count ?? settings.DefaultQuestions, settings.MaxQuestions)).Select(q => Asked(q, language))],
            now,
            now.AddDays(hostOptions.Value.TrainingRetentionDays))
        {
            TeamId = inbound.Activity.GetTeamId(),
        };
        ChannelQuizLog.Started(logger, quiz.Id, turn.ConversationId, request.Topic ?? "all", quiz.Questions.Count);
        var topic = ChannelQuizCard.TopicName(texts, quiz, language);
        var trainer = turn.UserName ?? turn.UserId;
        var started = quiz.Questions.Count == 1
            ? texts.Format(ChannelQuizTexts.StartedOne, language, trainer, topic, quiz.QuestionSeconds)
            : texts.Format(ChannelQuizTexts.Started, language, trainer, topic, quiz.Questions.Count, quiz.QuestionSeconds);
        return ChannelQuizCommands.Message(inbound, started, reference) with { Effects = [new ChannelQuizStep(quiz.Id, Closing: -1) { Create = quiz }.ToEffect()] };
    }

    private async Task<TurnPlan> EndAsync(
        InboundActivity inbound, IncomingTurn turn, TextCatalog texts, ReplyLanguage language, ConversationRecord reference, CancellationToken cancellationToken)
    {
        var running = await quizzes.GetRunningAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        if (running is null)
        {
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.NoneRunning, language), reference);
        }

        if (turn.UserId != running.TrainerId)
        {
            return ChannelQuizCommands.Message(inbound, texts.For(ChannelQuizTexts.TrainerOnlyEnd, language), reference);
        }

        // The step posts the final board. Said in the quiz's own thread, it goes with the turn; said in another thread of the
        // channel, it joins the quiz thread's steps, which must run one at a time.
        var step = new ChannelQuizStep(running.Id, running.Current, End: true, EndedBy: turn.UserName ?? turn.UserId);
        if (running.ConversationId == turn.ConversationId)
        {
            return new TurnPlan { Conversation = reference, Effects = [step.ToEffect()] };
        }

        await quizzes.ScheduleAsync(running.ConversationId, step, dueAt: null, owner: running.TrainerId, cancellationToken).ConfigureAwait(false);
        return new TurnPlan { Conversation = reference };
    }

    /// <summary>A bank question as this quiz asks it: in its language, the options in a shuffled order.</summary>
    private static ChannelQuizQuestion Asked(QuizQuestion question, ReplyLanguage language)
    {
        var options = question.Options.Select(o => new ChannelQuizOption(o.Id, o.Text.For(language))).ToArray();
        Random.Shared.Shuffle(options);
        return new ChannelQuizQuestion(question.Id, question.Topic, question.Prompt.For(language), options, question.Answer, question.Sources)
        {
            IsTrap = question.Kind == QuizKind.Trap,
            Why = question.Why.For(language),
        };
    }
}
