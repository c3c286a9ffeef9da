using CoachBot.Protocol.Schema;

namespace CoachBot.Turns;

/// <summary>What the bot needs to message a conversation later, proactively.</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string? ChannelId,
    ConversationAccount Conversation,
    ChannelAccount? Bot,
    ChannelAccount? User,
    string? TenantId,
    string? Locale);
