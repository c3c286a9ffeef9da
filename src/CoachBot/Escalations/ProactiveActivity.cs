using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>Builds a message the bot starts itself, addressed through a stored conversation reference.</summary>
internal static class ProactiveActivity
{
    public static ReplyEnvelope To(ConversationReference reference, Activity message)
    {
        message.Type = ActivityTypes.Message;
        message.From = reference.Bot;
        // The id addresses the person; their name is not needed, and left out it is not copied into queued messages.
        message.Recipient = reference.Conversation.IsGroup == true || reference.User is null ? null : new ChannelAccount { Id = reference.User.Id };
        message.Conversation = reference.Conversation;
        message.ChannelId = reference.ChannelId;
        message.ServiceUrl = reference.ServiceUrl;
        message.Locale ??= reference.Locale;
        return new ReplyEnvelope(reference.ServiceUrl, reference.Conversation.Id!, null, message);
    }
}
