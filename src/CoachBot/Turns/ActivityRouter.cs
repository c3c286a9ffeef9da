using System.Text.Json;
using CoachBot.ChannelQuizzes;
using CoachBot.Diagnostics;
using CoachBot.Dialogs;
using CoachBot.Escalations;
using CoachBot.Hosting;
using CoachBot.Llm;
using Microsoft.Extensions.Options;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;

namespace CoachBot.Turns;

/// <summary>
/// Decides what an activity means for the bot, by type: a message runs the dialogs, the bot being
/// added greets once, an uninstall forgets the conversation, an invoke gets its invoke response.
/// Nothing is written here; the <see cref="TurnProcessor"/> commits the plan. The content set (and the runner over it)
/// is taken once, when the turn starts: a reload during the turn changes the next turn, never this one.
/// </summary>
internal sealed class ActivityRouter(
    IStateStore store,
    DialogRunnerSource dialogs,
    RoleResolver roles,
    ITurnEnricher enricher,
    EscalationCommands escalations,
    ChannelQuizCommands channelQuizzes,
    ReplyPhraser phraser,
    LateRephraser late,
    WordingCommands wording,
    IOptions<CoachingHostOptions> coaching,
    CoachBotMetrics metrics,
    TimeProvider timeProvider)
{
    private string Dialogs => $"dialog:{coaching.Value.RootDialog}";

    public async Task<TurnPlan> RouteAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var turnDialogs = dialogs.For(inbound.Sender?.AadObjectId, inbound.Activity.GetTeamId(), inbound.Activity.GetTenantId());
        return inbound.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(inbound, turnDialogs, cancellationToken).ConfigureAwait(false),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(inbound, turnDialogs, cancellationToken).ConfigureAwait(false),
            ActivityTypes.InstallationUpdate => OnInstallationUpdate(inbound),
            ActivityTypes.Invoke => await OnInvokeAsync(inbound, turnDialogs, cancellationToken).ConfigureAwait(false),
            _ => TurnPlan.Ignore,
        };
    }

    private async Task<TurnPlan> OnMessageAsync(InboundActivity inbound, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var value = IncomingTurnFactory.CardData(activity);
        var isGroup = inbound.Conversation.IsGroup == true
            || inbound.Conversation.ConversationType is ConversationTypes.Channel or ConversationTypes.GroupChat;

        // In group chats and channels the bot speaks only when mentioned; card submits carry no mention.
        if (isGroup && value is null && !activity.IsMentioned(activity.Recipient?.Id ?? string.Empty))
        {
            return TurnPlan.Ignore;
        }

        // A press on a card whose late rephrase is still coming: the card may be replaced by a refined one now.
        if (value is not null)
        {
            late.Withdraw(inbound.ConversationId, activity.ReplyToId);
        }

        var text = activity.GetTextWithoutBotMention();
        var turn = IncomingTurnFactory.Create(inbound, text, value, roles.RolesOf(inbound.Sender));
        var conversation = Reference(inbound, welcomed: false);

        // The host's commands (the duty desk, channel quizzes, the wording switch) share one reading of the message.
        var command = turnDialogs.Content.Texts.Recognize(text);
        if (await escalations.TryHandleAsync(activity, turn, command, turnDialogs.Content, conversation, cancellationToken).ConfigureAwait(false) is { } desk)
        {
            return desk with { Route = "duty-desk" };
        }

        if (await channelQuizzes.TryHandleAsync(inbound, turn, command, turnDialogs.Content, conversation, cancellationToken).ConfigureAwait(false) is { } quiz)
        {
            return quiz with { Route = "channel-quiz" };
        }

        if (await wording.TryHandleAsync(activity, turn, command, turnDialogs.Content.Texts, conversation, cancellationToken).ConfigureAwait(false) is { } words)
        {
            return words with { Route = "wording" };
        }

        return await RunAsync(inbound, turn, turnDialogs, conversation, turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnPlan> OnConversationUpdateAsync(InboundActivity inbound, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var conversationId = inbound.ConversationId;
        var botId = activity.Recipient?.Id;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            return new TurnPlan { ForgetConversation = true };
        }

        var known = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (!activity.IsBotAdded() || known?.Welcomed == true)
        {
            return new TurnPlan { Conversation = Reference(inbound, known?.Welcomed ?? false) };
        }

        var turn = IncomingTurnFactory.Create(inbound, null, null, roles.RolesOf(inbound.Sender));
        return await RunAsync(inbound, turn, turnDialogs, Reference(inbound, welcomed: true), turnDialogs.Runner.WelcomeAsync, cancellationToken).ConfigureAwait(false);
    }

    private TurnPlan OnInstallationUpdate(InboundActivity inbound) =>
        inbound.Activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true
            ? new TurnPlan { ForgetConversation = true }
            : new TurnPlan { Conversation = Reference(inbound, welcomed: false) };

    private async Task<TurnPlan> OnInvokeAsync(InboundActivity inbound, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        switch (activity.Name)
        {
            case "adaptiveCard/action":
                return await OnCardActionAsync(inbound, turnDialogs, cancellationToken).ConfigureAwait(false);
            case "message/submitAction":
                return await OnFeedbackAsync(inbound, turnDialogs, cancellationToken).ConfigureAwait(false);
            default:
                return new TurnPlan { Invoke = InvokeResponse.NotImplemented };
        }
    }

    /// <summary>
    /// An Action.Execute: the dialogs run on its data like on a card submit. The first reply that refreshes the card
    /// goes back in the invoke response and Teams puts it in place of the pressed card, so it is not also sent as a
    /// message; the turn's other replies are sent as usual. The response is recorded with the turn, so a
    /// redelivered invoke gets the same card.
    /// </summary>
    private async Task<TurnPlan> OnCardActionAsync(InboundActivity inbound, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        late.Withdraw(inbound.ConversationId, activity.ReplyToId);
        var turn = IncomingTurnFactory.Create(inbound, null, IncomingTurnFactory.CardData(activity), roles.RolesOf(inbound.Sender));
        if (await channelQuizzes.TryHandleAsync(inbound, turn, command: null, turnDialogs.Content, Reference(inbound, welcomed: false), cancellationToken).ConfigureAwait(false) is { } quizPlan)
        {
            return quizPlan with { Route = "channel-quiz" };
        }

        var (plan, phrased) = await RunDialogsAsync(inbound, turn, turnDialogs, Reference(inbound, welcomed: false), turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
        var refreshed = phrased.Replies.FirstOrDefault(r => r.RefreshesCard);
        var body = refreshed is null
            ? new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, "OK")
            : new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, ReplyRenderer.RefreshedCard(refreshed));
        return WithReplies(plan, inbound, phrased with { Replies = [.. phrased.Replies.Where(r => !ReferenceEquals(r, refreshed))] }) with
        {
            Invoke = new InvokeResponse(200, body),
            Route = Dialogs,
        };
    }

    /// <summary>
    /// Teams' own thumbs up / down under a message: recorded like the card's Helpful / Not helpful buttons
    /// (rule ids from the last advice, no text), and answered with an empty 200 as Teams expects.
    /// </summary>
    private async Task<TurnPlan> OnFeedbackAsync(InboundActivity inbound, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var conversation = Reference(inbound, welcomed: false);
        var plan = new TurnPlan { Invoke = InvokeResponse.Ok, Conversation = conversation };
        if (coaching.Value.RootDialog != "coach" || FeedbackReaction(activity) is not { } choice)
        {
            return plan;
        }

        var value = JsonSerializer.SerializeToElement(new { choice });
        var turn = IncomingTurnFactory.Create(inbound, null, value, roles.RolesOf(inbound.Sender));
        var ran = await RunAsync(inbound, turn, turnDialogs, conversation, turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
        return ran with { Replies = [], Invoke = InvokeResponse.Ok };
    }

    private static string? FeedbackReaction(Activity activity) =>
        CardValue.TextField(CardValue.ObjectField(activity.Value, "actionValue"), "reaction") switch
        {
            "like" => "coach:helpful",
            "dislike" => "coach:not-helpful",
            _ => null,
        };

    private async Task<TurnPlan> RunAsync(
        InboundActivity inbound,
        IncomingTurn turn,
        TurnDialogs turnDialogs,
        ConversationRecord conversation,
        Func<IncomingTurn, DialogState, CancellationToken, Task<TurnOutcome>> run,
        CancellationToken cancellationToken)
    {
        var (plan, phrased) = await RunDialogsAsync(inbound, turn, turnDialogs, conversation, run, cancellationToken).ConfigureAwait(false);
        return WithReplies(plan, inbound, phrased) with { Route = Dialogs };
    }

    /// <summary>The plan with the replies rendered, and those to rephrase in place later noted by their activity.</summary>
    private static TurnPlan WithReplies(TurnPlan plan, InboundActivity inbound, PhrasedReplies phrased)
    {
        var later = new Dictionary<Activity, LateRephrase>(ReferenceEqualityComparer.Instance);
        var activities = new List<Activity>(phrased.Replies.Count);
        foreach (var reply in phrased.Replies)
        {
            var activity = ReplyRenderer.Render(inbound.Activity, reply);
            activities.Add(activity);
            if (phrased.Late.TryGetValue(reply, out var template) && reply.Phrasing is { } parts)
            {
                later[activity] = new LateRephrase(parts, ReplyRenderer.Render(inbound.Activity, template), phrased.Roster);
            }
        }

        return plan with { Replies = activities, RephraseLater = later };
    }

    /// <summary>Runs the dialogs; the plan has everything but the replies, which the caller renders.</summary>
    private async Task<(TurnPlan Plan, PhrasedReplies Replies)> RunDialogsAsync(
        InboundActivity inbound,
        IncomingTurn turn,
        TurnDialogs turnDialogs,
        ConversationRecord conversation,
        Func<IncomingTurn, DialogState, CancellationToken, Task<TurnOutcome>> run,
        CancellationToken cancellationToken)
    {
        turn = enricher.Enrich(turn, turnDialogs.Content);
        var key = new StateKey(turn.ConversationId, turn.UserId);
        var stored = await store.GetDialogStateAsync(key, cancellationToken).ConfigureAwait(false);
        var state = stored is null ? DialogState.Empty : DialogStateSerializer.Deserialize(stored.Json);
        var outcome = await run(turn, state, cancellationToken).ConfigureAwait(false);
        var replies = await phraser.PhraseAsync(turn, outcome.Replies, turnDialogs.Content.Policy, inbound.Activity.IsType(ActivityTypes.Invoke), cancellationToken).ConfigureAwait(false);

        // The rules the advice rested on (its cited inventory ids), counted once per advice given.
        metrics.RuleHits(outcome.Replies.Where(r => r.FeedbackEnabled).SelectMany(r => r.Citations.Select(c => c.Id)));
        var plan = new TurnPlan
        {
            Effects = outcome.Effects,
            State = (key, DialogStateSerializer.Serialize(outcome.State), stored?.ETag),
            Conversation = conversation,
        };
        return (plan, replies);
    }

    private ConversationRecord Reference(InboundActivity inbound, bool welcomed)
    {
        var activity = inbound.Activity;
        var reference = new ConversationReference(
            inbound.ServiceUrl,
            activity.ChannelId,
            inbound.Conversation,
            activity.Recipient,
            inbound.Sender,
            activity.GetTenantId(),
            activity.Locale);
        return new ConversationRecord(inbound.ConversationId, JsonSerializer.Serialize(reference, ProtocolJson.Options), welcomed, timeProvider.GetUtcNow());
    }
}
