using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Content;

/// <summary>
/// One consistent set of coaching content, loaded and validated together: the playbooks' rules, the recogniser's
/// lexicon, the hotel policy (roster, authority, seasons) and the interface texts. Immutable; a reload makes a new
/// set, so a turn that took one set reads only that set to its end. <see cref="Policy"/> is the default property's;
/// a hotel group's other properties are in <see cref="Properties"/>, and <see cref="PolicyFor"/> finds the one a
/// user, team or tenant reads.
/// </summary>
public sealed record ContentSet(KnowledgeBase Knowledge, Recogniser Recogniser, HotelPolicy Policy, TextCatalog Texts)
{
    /// <summary>The trainers' quiz questions; empty when the playbooks have none.</summary>
    public QuizBank Quiz { get; init; } = QuizBank.Empty;

    /// <summary>The trainers' role plays, graded with this set's recogniser folding; empty when the playbooks have none.</summary>
    public RolePlayBook RolePlays { get; init; } = RolePlayBook.Empty;

    /// <summary>The policy of each user, team or tenant id that has its own (case-insensitive ids); empty for a single hotel.</summary>
    public IReadOnlyDictionary<string, HotelPolicy> Properties { get; init; } = new Dictionary<string, HotelPolicy>();

    /// <summary>
    /// The policy that coaches a user: their own entry (their Entra object id: what a 1:1 chat can go by, since it has
    /// no team, and a group's hotels usually share one tenant), else their team's (in a channel), else their tenant's,
    /// else the default.
    /// </summary>
    public HotelPolicy PolicyFor(string? userAadObjectId, string? teamId, string? tenantId) =>
        Find(userAadObjectId) ?? Find(teamId) ?? Find(tenantId) ?? Policy;

    private HotelPolicy? Find(string? id) => id is not null && Properties.TryGetValue(id, out var policy) ? policy : null;

    /// <summary>This set with <paramref name="policy"/> as the one its turns read (itself when it already is).</summary>
    public ContentSet WithPolicy(HotelPolicy policy) => ReferenceEquals(policy, Policy) ? this : this with { Policy = policy };
}
