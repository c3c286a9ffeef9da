using Stopwatch = System.Diagnostics.Stopwatch;
using CoachBot.Diagnostics;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using Microsoft.Extensions.Options;

namespace CoachBot.Turns;

/// <summary>
/// Runs one activity as a turn: one turn at a time per conversation, a redelivered activity answered
/// from its record, the plan committed in one transaction (state, recorded answer, conversation
/// reference, outbox), then replies delivered. An activity counts as seen only after the commit.
/// When the turn's own code throws, the failure is recorded as the answer (see <see cref="FailedTurnRecorder"/>);
/// when the store is down or keeps conflicting, nothing is recorded, so the channel's retry really retries.
/// </summary>
internal sealed partial class TurnProcessor(
    ActivityRouter router,
    IStateStore store,
    ConversationGate gate,
    OutboxDispatcher outbox,
    FailedTurnRecorder failures,
    CoachingContent content,
    TimeProvider timeProvider,
    IOptions<CoachBotOptions> options,
    CoachBotMetrics metrics,
    ILogger<TurnProcessor> logger)
{
    public async Task<TurnResponse> ProcessAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var activity = inbound.Activity;
        var conversationId = inbound.ConversationId;
        var started = Stopwatch.GetTimestamp();
        using var span = CoachBotTracing.StartTurn(activity.Type, conversationId);

        // The turn's metric and span say the same: the route it took, its status, how long it took.
        double Answered(string route, int statusCode)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            metrics.Turn(activity.Type ?? "unknown", route, statusCode, elapsedMs);
            span.Answered(route, statusCode);
            return elapsedMs;
        }

        using var lease = await gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        try
        {
            if (await FindRedeliveryAsync(inbound, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                LogRedelivered(logger, activity.Id, conversationId);
                Answered("redelivery", earlier.StatusCode);
                return earlier;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (response, route) = await RunOnceAsync(inbound, cancellationToken).ConfigureAwait(false);
                    var elapsedMs = Answered(route, response.StatusCode);
                    LogTurn(logger, activity.Type, activity.Id, conversationId, response.StatusCode, elapsedMs);
                    return response;
                }
                catch (StateConflictException) when (attempt < options.Value.ConflictRetries)
                {
                    LogConflict(logger, conversationId, attempt);
                    span?.AddEvent(new System.Diagnostics.ActivityEvent("coachbot.state_conflict"));
                }
            }
        }
        catch (StateStoreUnavailableException ex)
        {
            metrics.StoreError("turn");
            span.Failed("store_unavailable");
            LogStoreDown(logger, ex, activity.Type, conversationId);
            return await ApologiseAsync(inbound, StoreDownReply.For(content.Texts, activity.Locale), cancellationToken).ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            span.Failed("state_conflicts");
            LogConflictsExhausted(logger, conversationId, options.Value.ConflictRetries);
            return await ApologiseAsync(inbound, TurnFailedReply.For(content.Texts, activity.Locale), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            span.Failed(ex.GetType().Name);
            LogTurnFailed(logger, RedactedException.Of(ex)!, activity.Type, activity.Id, conversationId, ex.GetType().Name);
            return await RecordFailureAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TurnResponse> RecordFailureAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        try
        {
            // A turn that committed and then failed (delivering, say) keeps the answer it recorded.
            return await FindRedeliveryAsync(inbound, cancellationToken).ConfigureAwait(false)
                ?? await failures.RecordAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
        catch (StateStoreUnavailableException ex)
        {
            LogStoreDown(logger, ex, inbound.Type, inbound.ConversationId);
            return await ApologiseAsync(inbound, TurnFailedReply.For(content.Texts, activity.Locale), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TurnResponse?> FindRedeliveryAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        if (inbound.Activity.Id is not { Length: > 0 } id)
        {
            return null;
        }

        var seen = await store.GetProcessedActivityAsync(inbound.ConversationId, id, cancellationToken).ConfigureAwait(false);
        var window = TimeSpan.FromMinutes(options.Value.RedeliveryWindowMinutes);
        if (seen is null || seen.ProcessedAt < timeProvider.GetUtcNow() - window)
        {
            return null;
        }

        return new TurnResponse(seen.StatusCode, seen.Response);
    }

    private async Task<(TurnResponse Response, string Route)> RunOnceAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var plan = await router.RouteAsync(inbound, cancellationToken).ConfigureAwait(false);
        if (plan.IsIgnored)
        {
            // A caller that asked for expectReplies reads the body as ExpectedReplies, even when empty.
            return (Respond(activity, plan), RouteOf(plan, activity));
        }

        var conversationId = inbound.ConversationId;
        if (plan.ForgetConversation)
        {
            await store.DeleteConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            LogForgotten(logger, conversationId);
            return (Respond(activity, plan), RouteOf(plan, activity));
        }

        var response = Respond(activity, plan);
        var outboxItems = new List<NewOutboxItem>();
        if (!activity.ExpectsReplies)
        {
            outboxItems.AddRange(plan.Replies.Select(r => ReplyEnvelope.OutboxItemFor(inbound, r, plan.RephraseLater.GetValueOrDefault(r))));
        }

        outboxItems.AddRange(plan.Effects.Select(e => new NewOutboxItem(e.Kind, e.Payload.GetRawText()) { UserId = inbound.SenderId, ExpiresAt = e.ExpiresAt }));
        var commit = new TurnCommit(
            conversationId,
            plan.State?.Key,
            plan.State?.Json,
            plan.State?.ETag,
            activity.Id,
            new ProcessedActivity(response.StatusCode, response.Body, timeProvider.GetUtcNow()),
            plan.Conversation,
            outboxItems) { UserId = inbound.SenderId };
        var result = await store.CommitTurnAsync(commit, cancellationToken).ConfigureAwait(false);

        // Deliver the replies now, in order; whatever fails stays in the outbox for the dispatcher's retries.
        var now = timeProvider.GetUtcNow();
        var committed = result.OutboxIds.Zip(outboxItems, (id, item) => new OutboxItem(id, conversationId, item.Kind, item.PayloadJson, 0, now) { UserId = item.UserId }).ToList();
        await outbox.DeliverNowAsync(committed, cancellationToken).ConfigureAwait(false);
        return (response, RouteOf(plan, activity));
    }

    private static string RouteOf(TurnPlan plan, Activity activity) => plan.IsIgnored ? "ignored" : plan.Route ?? activity.Type ?? "unknown";

    private static TurnResponse Respond(Activity activity, TurnPlan plan)
    {
        if (plan.Invoke is { } invoke)
        {
            return invoke.Body is { } body ? TurnResponse.Json(invoke.Status, body) : new TurnResponse(invoke.Status);
        }

        return activity.ExpectsReplies
            ? TurnResponse.Json(200, new ExpectedReplies(plan.Replies))
            : TurnResponse.Ok;
    }

    private async Task<TurnResponse> ApologiseAsync(InboundActivity inbound, Reply reply, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        // The turn is not recorded as seen, so the user (or Teams) can simply try again.
        var apology = ReplyRenderer.Render(activity, reply);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            return new TurnResponse(503);
        }

        if (activity.ExpectsReplies)
        {
            return TurnResponse.Json(200, new ExpectedReplies([apology]));
        }

        await outbox.TrySendDirectAsync(new ReplyEnvelope(inbound.ServiceUrl, inbound.ConversationId, activity.Id, apology), cancellationToken).ConfigureAwait(false);
        return TurnResponse.Ok;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Turn {ActivityType} {ActivityId} in {ConversationId} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogTurn(ILogger logger, string? activityType, string? activityId, string conversationId, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Activity {ActivityId} in {ConversationId} was redelivered; answered from the record")]
    private static partial void LogRedelivered(ILogger logger, string? activityId, string conversationId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "State of {ConversationId} changed underneath turn attempt {Attempt}; running it again")]
    private static partial void LogConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "State store unavailable during {ActivityType} in {ConversationId}; the user was asked to try again")]
    private static partial void LogStoreDown(ILogger logger, Exception exception, string? activityType, string conversationId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Bot removed from {ConversationId}; its stored data was deleted")]
    private static partial void LogForgotten(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "Turn {ActivityType} {ActivityId} in {ConversationId} failed with {ExceptionType}; recorded as answered and the user was asked to try again")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string conversationId, string exceptionType);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "State of {ConversationId} kept changing underneath the turn ({Attempts} attempts); the user was asked to try again")]
    private static partial void LogConflictsExhausted(ILogger logger, string conversationId, int attempts);
}
