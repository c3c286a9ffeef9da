using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>What every coaching dialog needs: the current rules, the recogniser, the property's policy, the texts and the clock.</summary>
internal sealed class CoachingServices(
    Func<KnowledgeBase> knowledge, Recogniser recogniser, HotelPolicy policy, TextCatalog texts, RoleMap? roles, CoachingOptions options)
{
    public KnowledgeBase Knowledge => knowledge();

    public Recogniser Recogniser { get; } = recogniser;

    public HotelPolicy Policy { get; } = policy;

    public TextCatalog Texts { get; } = texts;

    public CoachingOptions Options { get; } = options;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>A fresh engine over the knowledge current now (a reload swaps it between turns).</summary>
    public RulesEngine Engine() => new(Knowledge);

    /// <summary>The user's role from the turn's configured roles, else the role map, else the lowest role.</summary>
    public StaffRole RoleOf(IncomingTurn turn)
    {
        var keys = turn.Roles.Count > 0 ? turn.Roles : roles?.Resolve(turn.AadObjectId) ?? [];
        return Policy.RoleOf(keys);
    }

    /// <summary>The language code of the playbooks' texts for a reply language ("en", "vi", "zh", "zh-Hant").</summary>
    public static string TextCode(ReplyLanguage language) => language.Tag;
}
