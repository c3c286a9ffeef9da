namespace CoachBot.Protocol.Schema;

/// <summary>
/// An activity that passed <see cref="ActivityReader"/>'s checks: what every turn needs (its type, conversation,
/// sender and service URL) is there and typed non-null, so code after the check never asserts it again. Made only by
/// the reader.
/// </summary>
public sealed record InboundActivity
{
    internal InboundActivity(Activity activity)
    {
        Activity = activity;
        Type = activity.Type!;
        Conversation = activity.Conversation!;
        ConversationId = activity.Conversation!.Id!;
        Sender = activity.From!;
        SenderId = activity.From!.Id!;
        ServiceUrl = activity.ServiceUrl!;
    }

    /// <summary>The activity as read, for everything else it carries.</summary>
    public Activity Activity { get; }

    public string Type { get; }

    public ConversationAccount Conversation { get; }

    public string ConversationId { get; }

    public ChannelAccount Sender { get; }

    public string SenderId { get; }

    public string ServiceUrl { get; }
}
