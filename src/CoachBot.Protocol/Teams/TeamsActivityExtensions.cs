using System.Text.Json.Nodes;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Teams;

/// <summary>Reads the Teams details of an activity: mentions, tenant, team, channel, client locale; builds replies.</summary>
public static class TeamsActivityExtensions
{
    /// <summary>
    /// The text without the bot's own @mention (see <see cref="MentionText"/>), trimmed; null when there is no text.
    /// </summary>
    public static string? GetTextWithoutBotMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Text is null ? null : MentionText.RemoveBotMention(activity.Text, activity);
    }

    /// <summary>Whether a mention entity names <paramref name="botId"/>.</summary>
    public static bool IsMentioned(this Activity activity, string botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return MentionText.MentionsOf(activity, botId).Any();
    }

    /// <summary>The tenant: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "tenant", "id") ?? activity.Conversation?.TenantId;
    }

    /// <summary>The team id from <c>channelData.team.id</c> (team scope only).</summary>
    public static string? GetTeamId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "team", "id");
    }

    /// <summary>The Teams channel id from <c>channelData.channel.id</c> (not the Bot Framework <c>channelId</c>).</summary>
    public static string? GetTeamsChannelId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "channel", "id");
    }

    /// <summary>The Teams event type (<c>channelData.eventType</c>), e.g. <c>teamMemberAdded</c>.</summary>
    public static string? GetTeamsEventType(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ReadString(activity.ChannelData, "eventType");
    }

    /// <summary>The locale of the user's client from the <c>clientInfo</c> entity.</summary>
    public static string? GetClientInfoLocale(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?
            .FirstOrDefault(e => string.Equals(e.Type, EntityTypes.ClientInfo, StringComparison.Ordinal))?
            .GetString("locale");
    }

    /// <summary>Whether this is a <c>conversationUpdate</c> whose <c>membersAdded</c> includes the bot itself.</summary>
    public static bool IsBotAdded(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return activity.IsType(ActivityTypes.ConversationUpdate)
            && botId is not null
            && activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true;
    }

    /// <summary>
    /// A message answering <paramref name="activity"/>: from and recipient swapped, same conversation,
    /// channel, service URL and locale, <c>replyToId</c> = the activity's id.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Copy(activity.Recipient),
            Recipient = Copy(activity.From),
            Conversation = activity.Conversation is null ? null : new ConversationAccount
            {
                Id = activity.Conversation.Id,
                Name = activity.Conversation.Name,
                ConversationType = activity.Conversation.ConversationType,
                TenantId = activity.Conversation.TenantId,
                IsGroup = activity.Conversation.IsGroup,
            },
            ReplyToId = activity.Id,
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            Text = text,
        };
    }

    private static ChannelAccount? Copy(ChannelAccount? account) => account is null ? null : new ChannelAccount
    {
        Id = account.Id,
        Name = account.Name,
        AadObjectId = account.AadObjectId,
        Role = account.Role,
    };

    private static string? ReadString(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
        }

        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }
}
