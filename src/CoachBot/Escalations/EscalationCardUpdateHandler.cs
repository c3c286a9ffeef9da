using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Escalations;

/// <summary>Replaces an acknowledged escalation's card at the duty desk, through the outbox so a Connector hiccup loses nothing.</summary>
internal sealed class EscalationCardUpdateHandler(EscalationStore escalations, IReplySender sender, CoachingContent content) : IOutboxHandler
{
    public string Kind => EscalationCardUpdate.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var update = JsonSerializer.Deserialize<EscalationCardUpdate>(item.PayloadJson, EscalationJson.Options)
            ?? throw new OutboxDeliveryException("An empty card update.", permanent: true);
        var record = await escalations.GetAsync(update.EscalationId, cancellationToken).ConfigureAwait(false);
        if (record?.Card is not { } card || !record.IsAcknowledged)
        {
            return;
        }

        var language = ReplyLanguage.FromTag(card.Locale) ?? ReplyLanguage.English;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = card.ActivityId,
            Conversation = new ConversationAccount { Id = card.ConversationId },
            Attachments = [EscalationCard.BuildAcknowledged(content.Texts, record, language)],
        };
        await sender.UpdateAsync(new ReplyEnvelope(card.ServiceUrl, card.ConversationId, null, activity), card.ActivityId, cancellationToken).ConfigureAwait(false);
    }
}
