using System.Text.Json.Nodes;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Turns;

/// <summary>
/// Records a turn whose own code failed as answered: the user is told to try again, and that answer is kept for the
/// redelivery window like any other. The channel re-sends an activity it got no good answer for; had the failure not
/// been recorded, every re-send would run the same failing code again. The user trying again sends a new activity.
/// </summary>
internal sealed class FailedTurnRecorder(IStateStore store, OutboxDispatcher outbox, CoachingContent content, TimeProvider timeProvider)
{
    /// <summary>Commits the failure as the activity's answer and delivers the apology; the answer for the HTTP response.</summary>
    /// <exception cref="StateStoreUnavailableException">The store is down too: the caller answers without a record.</exception>
    public async Task<TurnResponse> RecordAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var activity = inbound.Activity;
        var conversationId = inbound.ConversationId;
        var apology = ReplyRenderer.Render(activity, TurnFailedReply.For(content.Texts, activity.Locale));
        var response = Answer(activity, apology);
        var sendApology = activity.IsType(ActivityTypes.Message) && !activity.ExpectsReplies;
        List<NewOutboxItem> items = sendApology
            ? [ReplyEnvelope.OutboxItemFor(inbound, apology)]
            : [];
        var commit = new TurnCommit(
            conversationId,
            Key: null,
            StateJson: null,
            ExpectedETag: null,
            activity.Id,
            new ProcessedActivity(response.StatusCode, response.Body, timeProvider.GetUtcNow()),
            Conversation: null,
            items);
        var result = await store.CommitTurnAsync(commit, cancellationToken).ConfigureAwait(false);

        var now = timeProvider.GetUtcNow();
        var committed = result.OutboxIds.Zip(items, (id, item) => new OutboxItem(id, conversationId, item.Kind, item.PayloadJson, 0, now)).ToList();
        await outbox.DeliverNowAsync(committed, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// What the channel gets: a card action's invoke answer carries the apology as an error Teams shows on the card;
    /// a message's apology is a reply (in the body for expectReplies); anything else the user did not type is just acknowledged.
    /// </summary>
    public static TurnResponse Answer(Activity activity, Activity apology)
    {
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (!string.Equals(activity.Name, "adaptiveCard/action", StringComparison.Ordinal))
            {
                return new TurnResponse(200);
            }

            var error = new AdaptiveCardInvokeResponse(500, AdaptiveCardInvokeResponse.ErrorType, new JsonObject { ["code"] = "TurnFailed", ["message"] = apology.Text });
            return TurnResponse.Json(200, error);
        }

        if (!activity.ExpectsReplies)
        {
            return TurnResponse.Ok;
        }

        IReadOnlyList<Activity> replies = activity.IsType(ActivityTypes.Message) ? [apology] : [];
        return TurnResponse.Json(200, new ExpectedReplies(replies));
    }
}
