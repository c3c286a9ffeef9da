using System.Text.Json;
using CoachBot.Coaching.Training;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Moves a channel quiz on, one step at a time per conversation (all steps share one outbox kind): closes the open
/// question — its card replaced by the closed version, the results and leaderboard posted — then posts the next
/// question and schedules its time limit, or ends the quiz with the final leaderboard. A step whose question is no
/// longer the open one (the trainer closed it before its time ran out) does nothing. On a retry, what was done is not
/// done again, except a post whose send failed midway.
/// </summary>
internal sealed class ChannelQuizStepHandler(
    ChannelQuizStore quizzes,
    IChannelRoster roster,
    IReplySender sender,
    CoachingContent content,
    TimeProvider timeProvider,
    ILogger<ChannelQuizStepHandler> logger) : IOutboxHandler
{
    public string Kind => ChannelQuizStep.OutboxKind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var step = JsonSerializer.Deserialize<ChannelQuizStep>(item.PayloadJson, ChannelQuizStore.Json)
            ?? throw new OutboxDeliveryException("An empty channel quiz step.", permanent: true);
        var quiz = await quizzes.GetAsync(step.Quiz, cancellationToken).ConfigureAwait(false);
        if (quiz is null || quiz.Finished)
        {
            return;
        }

        var set = content.Current;
        if (step.Closing >= 0 && step.Closing == quiz.Current && quiz.OpenedAt is not null)
        {
            quiz = await CloseAsync(quiz, set.Quiz, step, cancellationToken).ConfigureAwait(false);
        }
        else if (step.End)
        {
            // Ended before its question was posted: nothing to close, only the final board.
            quiz = await FinishAsync(quiz, step.EndedBy, cancellationToken).ConfigureAwait(false);
        }

        // The question after the one just closed (or the first) waits to be posted, or its post failed midway.
        if (!quiz.Finished && quiz.Current == step.Closing + 1 && (quiz.OpenedAt is null || quiz.CardId(quiz.Current) is null))
        {
            await PostAsync(quiz, set.Quiz, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ChannelQuizRecord> CloseAsync(ChannelQuizRecord quiz, QuizBank bank, ChannelQuizStep step, CancellationToken cancellationToken)
    {
        var question = quiz.Current;
        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        var closed = quiz with { Current = question + 1, OpenedAt = null };
        var last = step.End || closed.Current >= quiz.Questions.Count;
        if (Find(bank, quiz, question) is { } asked)
        {
            await ReplaceCardAsync(closed, question, asked, answers, cancellationToken).ConfigureAwait(false);
            await SendAsync(quiz, ChannelQuizCard.Results(content.Current.Texts, quiz, question, asked, answers, more: !last), cancellationToken).ConfigureAwait(false);
        }

        var answered = answers.Count(a => a.Question == question);
        ChannelQuizLog.Closed(logger, quiz.Id, question, answered);
        if (last)
        {
            return await FinishAsync(closed, step.EndedBy, cancellationToken, answers).ConfigureAwait(false);
        }

        await quizzes.SaveAsync(closed, cancellationToken).ConfigureAwait(false);
        return closed;
    }

    private async Task<ChannelQuizRecord> FinishAsync(
        ChannelQuizRecord quiz, string? endedBy, CancellationToken cancellationToken, IReadOnlyList<ChannelQuizAnswer>? answers = null)
    {
        answers ??= await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        await SendAsync(quiz, ChannelQuizCard.Final(content.Current.Texts, quiz, answers, endedBy), cancellationToken).ConfigureAwait(false);
        var finished = quiz with { Finished = true, FinishedAt = timeProvider.GetUtcNow(), OpenedAt = null };
        await quizzes.SaveAsync(finished, cancellationToken).ConfigureAwait(false);
        await quizzes.SetRunningAsync(quiz.ConversationId, null, cancellationToken).ConfigureAwait(false);
        ChannelQuizLog.Finished(logger, quiz.Id, answers.Count, endedBy is not null);
        return finished;
    }

    private async Task PostAsync(ChannelQuizRecord quiz, QuizBank bank, CancellationToken cancellationToken)
    {
        var question = quiz.Current;
        if (Find(bank, quiz, question) is not { } asked)
        {
            // The question left the bank since the quiz started (a content reload): skip it as if closed unanswered.
            await quizzes.ScheduleAsync(quiz, new ChannelQuizStep(quiz.Id, question), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await quizzes.SaveAsync(quiz with { OpenedAt = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!quiz.RosterRead)
        {
            var members = await roster.GetMembersAsync(quiz.ServiceUrl, quiz.ConversationId, cancellationToken).ConfigureAwait(false);
            quiz = quiz with { Members = members, RosterRead = true };
        }

        // Open before the card is out, so a tap that comes the moment it shows is taken; the time runs from here.
        var opened = quiz with { OpenedAt = timeProvider.GetUtcNow() };
        await quizzes.SaveAsync(opened, cancellationToken).ConfigureAwait(false);
        var view = ChannelQuizView.For(opened, question, asked, userId: null, answers: [], timeProvider.GetUtcNow());
        var cardId = await SendAsync(opened, ChannelQuizCard.Question(content.Current.Texts, view), cancellationToken).ConfigureAwait(false);
        await quizzes.SaveAsync(opened.WithCardId(question, cardId ?? string.Empty), cancellationToken).ConfigureAwait(false);
        await quizzes.ScheduleAsync(opened, new ChannelQuizStep(quiz.Id, question), opened.OpenedAt!.Value + opened.TimeLimit, cancellationToken).ConfigureAwait(false);
        ChannelQuizLog.Posted(logger, quiz.Id, question, opened.Members.Count);
    }

    /// <summary>Puts the closed version in place of the question's card, so no one taps a closed question; best effort.</summary>
    private async Task ReplaceCardAsync(ChannelQuizRecord closed, int question, QuizQuestion asked, IReadOnlyList<ChannelQuizAnswer> answers, CancellationToken cancellationToken)
    {
        if (closed.CardId(question) is not { Length: > 0 } cardId)
        {
            return;
        }

        var view = ChannelQuizView.For(closed, question, asked, userId: null, answers, timeProvider.GetUtcNow());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = cardId,
            Conversation = new ConversationAccount { Id = closed.ConversationId },
            Attachments = [ChannelQuizCard.Attach(ChannelQuizCard.Question(content.Current.Texts, view))],
        };
        try
        {
            await sender.UpdateAsync(new ReplyEnvelope(closed.ServiceUrl, closed.ConversationId, null, activity), cardId, cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex)
        {
            // The results card still says the question is over; a card left with its buttons refuses late taps anyway.
            ChannelQuizLog.CardNotReplaced(logger, ex, closed.Id, question);
        }
    }

    private Task<string?> SendAsync(ChannelQuizRecord quiz, Cards.AdaptiveCard card, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = quiz.ConversationId },
            Attachments = [ChannelQuizCard.Attach(card)],
        };
        return sender.SendAsync(new ReplyEnvelope(quiz.ServiceUrl, quiz.ConversationId, null, activity), cancellationToken);
    }

    private static QuizQuestion? Find(QuizBank bank, ChannelQuizRecord quiz, int question) =>
        question < quiz.Questions.Count ? bank.Questions.FirstOrDefault(q => q.Id == quiz.Questions[question].Id) : null;
}
