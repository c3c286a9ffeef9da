using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Teams;

/// <summary>
/// Removes the bot's @mention from message text so recognisers see only what the user asked.
/// Rules, in order: (1) remove the <c>text</c> of every mention entity whose <c>mentioned.id</c> is the
/// recipient; (2) if none matched, remove <c>&lt;at&gt;recipient name&lt;/at&gt;</c>; (3) if the activity has no
/// mention entities at all, remove a leading <c>&lt;at&gt;…&lt;/at&gt;</c> (channels put the bot's mention first);
/// (4) other people's <c>&lt;at&gt;Name&lt;/at&gt;</c> keep their name without the markup. Then trim.
/// </summary>
internal static partial class MentionText
{
    public static string RemoveBotMention(string text, Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var removed = false;
        if (botId is not null)
        {
            foreach (var mention in MentionsOf(activity, botId))
            {
                var mentionText = mention.GetString("text");
                if (!string.IsNullOrEmpty(mentionText) && text.Contains(mentionText, StringComparison.Ordinal))
                {
                    text = text.Replace(mentionText, " ", StringComparison.Ordinal);
                    removed = true;
                }
            }
        }

        var botName = activity.Recipient?.Name;
        if (!removed && !string.IsNullOrEmpty(botName))
        {
            var markup = $"<at>{botName}</at>";
            removed = text.Contains(markup, StringComparison.OrdinalIgnoreCase);
            text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
        }

        var hasMentionEntities = activity.Entities?.Any(IsMention) == true;
        if (!removed && !hasMentionEntities)
        {
            text = LeadingAtTag().Replace(text, " ", 1);
        }

        text = AtTag().Replace(text, "$1");
        return RepeatedSpaces().Replace(text, " ").Trim();
    }

    public static IEnumerable<Entity> MentionsOf(Activity activity, string botId) =>
        (activity.Entities ?? []).Where(e => IsMention(e) && string.Equals(MentionedId(e), botId, StringComparison.Ordinal));

    private static bool IsMention(Entity entity) => string.Equals(entity.Type, EntityTypes.Mention, StringComparison.Ordinal);

    private static string? MentionedId(Entity entity) =>
        entity.Properties is not null
        && entity.Properties.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingAtTag();

    // Removing a mention from the middle of a sentence leaves two spaces behind.
    [GeneratedRegex("[ \\t]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RepeatedSpaces();

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();
}
