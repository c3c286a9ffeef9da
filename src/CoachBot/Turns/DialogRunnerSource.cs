using System.Collections.Concurrent;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Policy;
using CoachBot.Hosting;

namespace CoachBot.Turns;

/// <summary>
/// The dialogs for a turn that starts now: a runner over the current content set with the policy of the turn's
/// property (<c>Coaching:Properties</c>: by user, team or tenant), built once per set and property. After a reload the next turn builds one
/// over the new set; a turn that already took the old one finishes on it.
/// </summary>
internal sealed class DialogRunnerSource(CoachingContent content, IDialogRunnerFactory factory)
{
    private Runners? _last;

    /// <summary>The dialogs of the default property (a single hotel).</summary>
    public TurnDialogs Current => For(userAadObjectId: null, teamId: null, tenantId: null);

    /// <summary>The dialogs for a turn of a user (their Entra object id), in a team (null outside one), of a tenant.</summary>
    public TurnDialogs For(string? userAadObjectId, string? teamId, string? tenantId)
    {
        var set = content.Current;
        var runners = Volatile.Read(ref _last);
        if (runners is null || !ReferenceEquals(runners.Content, set))
        {
            // Two turns that start together just after a reload may each build one; both are over the same set.
            runners = new Runners(set, factory);
            Volatile.Write(ref _last, runners);
        }

        return runners.For(set.PolicyFor(userAadObjectId, teamId, tenantId));
    }

    private sealed class Runners(ContentSet content, IDialogRunnerFactory factory)
    {
        private readonly ConcurrentDictionary<HotelPolicy, TurnDialogs> _byPolicy = new(ReferenceEqualityComparer.Instance);

        public ContentSet Content => content;

        // Two turns of one property that start together may each build one; one is kept, both are over the same set.
        public TurnDialogs For(HotelPolicy policy) => _byPolicy.TryGetValue(policy, out var built) ? built : _byPolicy.GetOrAdd(policy, Build(policy));

        private TurnDialogs Build(HotelPolicy policy)
        {
            var property = content.WithPolicy(policy);
            return new TurnDialogs(property, factory.Create(property));
        }
    }
}
