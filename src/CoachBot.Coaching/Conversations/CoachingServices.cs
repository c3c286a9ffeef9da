using CoachBot.Coaching.Content;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What every coaching dialog needs: the rules, the recogniser, the property's policy and the texts of one content
/// set, and the clock. The set is fixed for the runner's life (a reload builds a new runner), so a turn never mixes
/// the rules of one set with the texts or policy of another.
/// </summary>
internal sealed class CoachingServices(ContentSet content, RoleMap? roles, CoachingOptions options)
{
    public KnowledgeBase Knowledge => content.Knowledge;

    public Recogniser Recogniser => content.Recogniser;

    public HotelPolicy Policy => content.Policy;

    public TextCatalog Texts => content.Texts;

    public QuizBank Quiz => content.Quiz;

    public RolePlayBook RolePlays => content.RolePlays;

    /// <summary>When a quiz question comes back, from how it was answered.</summary>
    public ISpacedRepetitionScheduler Scheduler { get; } = new FsrsScheduler(options.Fsrs, options.TimeProvider);

    public CoachingOptions Options { get; } = options;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>A fresh engine over the set's knowledge; cheap, so take one where it is needed.</summary>
    public RulesEngine Engine() => new(Knowledge);

    /// <summary>The user's role from the turn's configured roles, else the role map, else the lowest role.</summary>
    public StaffRole RoleOf(IncomingTurn turn)
    {
        var keys = turn.Roles.Count > 0 ? turn.Roles : roles?.Resolve(turn.AadObjectId) ?? [];
        return Policy.RoleOf(keys);
    }

    /// <summary>
    /// The user's role when the configuration names one; null for a user it does not know, who gets the lowest
    /// role's authority but no reading of their words by a role they may not have.
    /// </summary>
    public StaffRole? ConfiguredRoleOf(IncomingTurn turn)
    {
        var keys = turn.Roles.Count > 0 ? turn.Roles : roles?.Resolve(turn.AadObjectId) ?? [];
        return keys.Any(k => StaffRoles.TryParse(k, out _)) ? Policy.RoleOf(keys) : null;
    }

    /// <summary>The language code of the playbooks' texts for a reply language ("en", "vi", "zh", "zh-Hant").</summary>
    public static string TextCode(ReplyLanguage language) => language.Tag;
}
