using CoachBot.Coaching.Policy;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.Turns;

/// <summary>Gives a sender their configured roles from their Entra object id; unknown users get the lowest role.</summary>
internal sealed class RoleResolver(IOptionsMonitor<RoleMap> options)
{
    public IReadOnlyCollection<string> RolesOf(ChannelAccount? user) => options.CurrentValue.Resolve(user?.AadObjectId);
}
