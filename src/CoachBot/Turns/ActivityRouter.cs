using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Escalations;
using CoachBot.Hosting;
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
    IOptions<CoachingHostOptions> coaching,
    TimeProvider timeProvider)
{
    public async Task<TurnPlan> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turnDialogs = dialogs.Current;
        return activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(activity, turnDialogs, cancellationToken).ConfigureAwait(false),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(activity, turnDialogs, cancellationToken).ConfigureAwait(false),
            ActivityTypes.InstallationUpdate => OnInstallationUpdate(activity),
            ActivityTypes.Invoke => await OnInvokeAsync(activity, turnDialogs, cancellationToken).ConfigureAwait(false),
            _ => TurnPlan.Ignore,
        };
    }

    private async Task<TurnPlan> OnMessageAsync(Activity activity, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var value = IncomingTurnFactory.CardData(activity);
        var isGroup = activity.Conversation!.IsGroup == true
            || activity.Conversation.ConversationType is ConversationTypes.Channel or ConversationTypes.GroupChat;

        // In group chats and channels the bot speaks only when mentioned; card submits carry no mention.
        if (isGroup && value is null && !activity.IsMentioned(activity.Recipient?.Id ?? string.Empty))
        {
            return TurnPlan.Ignore;
        }

        var text = activity.GetTextWithoutBotMention();
        var turn = IncomingTurnFactory.Create(activity, text, value, roles.RolesOf(activity.From));
        return await escalations.TryHandleAsync(activity, turn, turnDialogs.Content.Texts, Reference(activity, welcomed: false), cancellationToken).ConfigureAwait(false)
            ?? await RunAsync(activity, turn, turnDialogs, turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnPlan> OnConversationUpdateAsync(Activity activity, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var botId = activity.Recipient?.Id;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            return new TurnPlan { ForgetConversation = true };
        }

        var known = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (!activity.IsBotAdded() || known?.Welcomed == true)
        {
            return new TurnPlan { Conversation = Reference(activity, known?.Welcomed ?? false) };
        }

        var turn = IncomingTurnFactory.Create(activity, null, null, roles.RolesOf(activity.From));
        var plan = await RunAsync(activity, turn, turnDialogs, turnDialogs.Runner.WelcomeAsync, cancellationToken).ConfigureAwait(false);
        return plan with { Conversation = Reference(activity, welcomed: true) };
    }

    private TurnPlan OnInstallationUpdate(Activity activity) =>
        activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true
            ? new TurnPlan { ForgetConversation = true }
            : new TurnPlan { Conversation = Reference(activity, welcomed: false) };

    private async Task<TurnPlan> OnInvokeAsync(Activity activity, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        switch (activity.Name)
        {
            case "adaptiveCard/action":
                return await OnCardActionAsync(activity, turnDialogs, cancellationToken).ConfigureAwait(false);
            case "message/submitAction":
                return await OnFeedbackAsync(activity, turnDialogs, cancellationToken).ConfigureAwait(false);
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
    private async Task<TurnPlan> OnCardActionAsync(Activity activity, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var turn = IncomingTurnFactory.Create(activity, null, IncomingTurnFactory.CardData(activity), roles.RolesOf(activity.From));
        var (plan, replies) = await RunDialogsAsync(activity, turn, turnDialogs, turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
        var refreshed = replies.FirstOrDefault(r => r.RefreshesCard);
        var body = refreshed is null
            ? new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, "OK")
            : new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, ReplyRenderer.RefreshedCard(refreshed));
        return plan with
        {
            Replies = [.. replies.Where(r => !ReferenceEquals(r, refreshed)).Select(r => ReplyRenderer.Render(activity, r))],
            Invoke = new InvokeResponse(200, JsonSerializer.SerializeToNode(body, ProtocolJson.Options)),
        };
    }

    /// <summary>
    /// Teams' own thumbs up / down under a message: recorded like the card's Helpful / Not helpful buttons
    /// (rule ids from the last advice, no text), and answered with an empty 200 as Teams expects.
    /// </summary>
    private async Task<TurnPlan> OnFeedbackAsync(Activity activity, TurnDialogs turnDialogs, CancellationToken cancellationToken)
    {
        var plan = new TurnPlan { Invoke = InvokeResponse.Ok, Conversation = Reference(activity, welcomed: false) };
        if (coaching.Value.RootDialog != "coach" || FeedbackReaction(activity) is not { } choice)
        {
            return plan;
        }

        var value = JsonSerializer.SerializeToElement(new { choice });
        var turn = IncomingTurnFactory.Create(activity, null, value, roles.RolesOf(activity.From));
        var ran = await RunAsync(activity, turn, turnDialogs, turnDialogs.Runner.RunTurnAsync, cancellationToken).ConfigureAwait(false);
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
        Activity activity,
        IncomingTurn turn,
        TurnDialogs turnDialogs,
        Func<IncomingTurn, DialogState, CancellationToken, Task<TurnOutcome>> run,
        CancellationToken cancellationToken)
    {
        var (plan, replies) = await RunDialogsAsync(activity, turn, turnDialogs, run, cancellationToken).ConfigureAwait(false);
        return plan with { Replies = [.. replies.Select(r => ReplyRenderer.Render(activity, r))] };
    }

    /// <summary>Runs the dialogs; the plan has everything but the replies, which the caller renders.</summary>
    private async Task<(TurnPlan Plan, IReadOnlyList<Reply> Replies)> RunDialogsAsync(
        Activity activity,
        IncomingTurn turn,
        TurnDialogs turnDialogs,
        Func<IncomingTurn, DialogState, CancellationToken, Task<TurnOutcome>> run,
        CancellationToken cancellationToken)
    {
        turn = enricher.Enrich(turn, turnDialogs.Content);
        var key = new StateKey(turn.ConversationId, turn.UserId);
        var stored = await store.GetDialogStateAsync(key, cancellationToken).ConfigureAwait(false);
        var state = stored is null ? DialogState.Empty : DialogStateSerializer.Deserialize(stored.Json);
        var outcome = await run(turn, state, cancellationToken).ConfigureAwait(false);
        var plan = new TurnPlan
        {
            Effects = outcome.Effects,
            State = (key, DialogStateSerializer.Serialize(outcome.State), stored?.ETag),
            Conversation = Reference(activity, welcomed: false),
        };
        return (plan, outcome.Replies);
    }

    private ConversationRecord Reference(Activity activity, bool welcomed)
    {
        var reference = new ConversationReference(
            activity.ServiceUrl!,
            activity.ChannelId,
            activity.Conversation!,
            activity.Recipient,
            activity.From,
            activity.GetTenantId(),
            activity.Locale);
        return new ConversationRecord(activity.Conversation!.Id!, JsonSerializer.Serialize(reference, ProtocolJson.Options), welcomed, timeProvider.GetUtcNow());
    }
}
