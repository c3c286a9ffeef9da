using System.Text.Json;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// Moves a channel quiz on. The outbox runs the steps of a conversation one at a time, and each step does what is left
/// to do, saving after each part, so a retry picks up where a failure stopped and repeats nothing already done:
/// <list type="number">
/// <item>close the open question if the step is for it (or ends the quiz): from then on no tap is taken, and only
/// answers that came before count;</item>
/// <item>report every closed question not reported yet: its card replaced by the closed version, then the results;</item>
/// <item>post the next question and schedule its time limit, or, when the quiz is over, the final board.</item>
/// </list>
/// A step for a question that is no longer open (the trainer closed it before its time ran out) closes nothing.
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
        if (step.Create is { } created && await quizzes.GetAsync(created.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            await quizzes.SaveAsync(created, cancellationToken).ConfigureAwait(false); // a new quiz: nothing to merge
            await quizzes.SetRunningAsync(created.ConversationId, created.Id, cancellationToken).ConfigureAwait(false);
        }

        var quiz = await quizzes.GetAsync(step.Quiz, cancellationToken).ConfigureAwait(false);
        if (quiz is null)
        {
            return;
        }

        if (quiz.FinalPosted)
        {
            return;
        }

        quiz = await CloseAsync(quiz, step, cancellationToken).ConfigureAwait(false);
        quiz = await ReportAsync(quiz, cancellationToken).ConfigureAwait(false);
        if (quiz.Finished)
        {
            await FinishAsync(quiz, cancellationToken).ConfigureAwait(false);
        }
        else if (quiz.Current < quiz.Questions.Count && (quiz.OpenedAt is null || quiz.CardId(quiz.Current) is null))
        {
            await PostAsync(quiz, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ChannelQuizRecord> CloseAsync(ChannelQuizRecord quiz, ChannelQuizStep step, CancellationToken cancellationToken)
    {
        if (quiz.Finished)
        {
            return quiz;
        }

        var now = timeProvider.GetUtcNow();
        var question = step.End ? quiz.Current : step.Closing;
        if (question >= 0 && question == quiz.Current && quiz.OpenedAt is not null)
        {
            var closed = quiz.WithClosed(question, now) with
            {
                Current = question + 1,
                OpenedAt = null,
                Finished = step.End || question + 1 >= quiz.Questions.Count,
                EndedBy = step.EndedBy ?? quiz.EndedBy,
            };
            await quizzes.SaveStepAsync(closed, cancellationToken).ConfigureAwait(false);
            ChannelQuizLog.Closed(logger, quiz.Id, question);
            return closed;
        }

        if (step.End)
        {
            // Ended before its next question was posted: nothing to close, only the final board to post.
            var ended = quiz with { Finished = true, OpenedAt = null, EndedBy = step.EndedBy };
            await quizzes.SaveStepAsync(ended, cancellationToken).ConfigureAwait(false);
            return ended;
        }

        return quiz;
    }

    private async Task<ChannelQuizRecord> ReportAsync(ChannelQuizRecord quiz, CancellationToken cancellationToken)
    {
        var unreported = Enumerable.Range(0, Math.Min(quiz.ClosedAt.Count, quiz.Questions.Count))
            .Where(q => quiz.ClosedAt[q] is not null && !quiz.Reported.Contains(q))
            .ToList();
        if (unreported.Count == 0)
        {
            return quiz;
        }

        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        foreach (var question in unreported)
        {
            await ReplaceCardAsync(quiz, question, answers, cancellationToken).ConfigureAwait(false);
            var last = quiz.Finished && question == unreported[^1];
            await SendAsync(quiz, ChannelQuizCard.Results(content.Current.Texts, quiz, question, answers, more: !last), cancellationToken).ConfigureAwait(false);
            quiz = quiz with { Reported = [.. quiz.Reported, question] };
            await quizzes.SaveStepAsync(quiz, cancellationToken).ConfigureAwait(false);
        }

        return quiz;
    }

    private async Task FinishAsync(ChannelQuizRecord quiz, CancellationToken cancellationToken)
    {
        var answers = await quizzes.GetAnswersAsync(quiz.Id, cancellationToken).ConfigureAwait(false);
        await SendAsync(quiz, ChannelQuizCard.Final(content.Current.Texts, quiz, answers), cancellationToken).ConfigureAwait(false);
        await quizzes.SaveStepAsync(quiz with { FinalPosted = true }, cancellationToken).ConfigureAwait(false);
        await quizzes.ClearRunningAsync(quiz.ConversationId, quiz.Id, cancellationToken).ConfigureAwait(false);

        var counted = answers.Count(quiz.Counts);
        ChannelQuizLog.Finished(logger, quiz.Id, counted, quiz.EndedBy is not null);
    }

    private async Task PostAsync(ChannelQuizRecord quiz, CancellationToken cancellationToken)
    {
        var question = quiz.Current;
        if (!quiz.RosterRead)
        {
            var members = await roster.GetMembersAsync(quiz.ServiceUrl, quiz.ConversationId, cancellationToken).ConfigureAwait(false);
            quiz = quiz with { Members = members, RosterRead = true };
        }

        // Open before the card is out, so a tap that comes the moment it shows is taken; the time runs from here. The time
        // limit is scheduled before the card is sent: a retry after a failed send sends the card, and an extra close is harmless.
        var opened = quiz with { OpenedAt = timeProvider.GetUtcNow() };
        await quizzes.SaveStepAsync(opened, cancellationToken).ConfigureAwait(false);
        var closesAt = opened.OpenedAt!.Value + opened.TimeLimit + ChannelQuizRecord.LateGrace;
        await quizzes.ScheduleAsync(opened.ConversationId, new ChannelQuizStep(quiz.Id, question), closesAt, opened.TrainerId, cancellationToken).ConfigureAwait(false);
        var view = ChannelQuizView.For(opened, question, userId: null, answers: [], timeProvider.GetUtcNow());
        var cardId = await SendAsync(opened, ChannelQuizCard.Question(content.Current.Texts, view), cancellationToken).ConfigureAwait(false);
        await quizzes.SaveStepAsync(opened.WithCardId(question, cardId ?? string.Empty), cancellationToken).ConfigureAwait(false);
        ChannelQuizLog.Posted(logger, quiz.Id, question, opened.Members.Count);
    }

    /// <summary>Puts the closed version in place of the question's card, so no one taps a closed question; best effort.</summary>
    private async Task ReplaceCardAsync(ChannelQuizRecord quiz, int question, IReadOnlyList<ChannelQuizAnswer> answers, CancellationToken cancellationToken)
    {
        if (quiz.CardId(question) is not { Length: > 0 } cardId)
        {
            return;
        }

        var view = ChannelQuizView.For(quiz, question, userId: null, answers, timeProvider.GetUtcNow());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = cardId,
            Conversation = new ConversationAccount { Id = quiz.ConversationId },
            Attachments = [ChannelQuizCard.Attach(ChannelQuizCard.Question(content.Current.Texts, view))],
        };
        try
        {
            await sender.UpdateAsync(new ReplyEnvelope(quiz.ServiceUrl, quiz.ConversationId, null, activity), cardId, cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex)
        {
            // The results card still says the question is over, and the closed question refuses late taps anyway.
            ChannelQuizLog.CardNotReplaced(logger, ex, quiz.Id, question);
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
}
