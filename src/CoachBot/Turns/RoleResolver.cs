using CoachBot.Hosting;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.Turns;

/// <summary>Gives a sender their configured role from their Entra object id; unknown users get the lowest role.</summary>
internal sealed class RoleResolver(IOptionsMonitor<RoleOptions> options)
{
    public IReadOnlyCollection<string> RolesOf(ChannelAccount? user)
    {
        var current = options.CurrentValue;
        if (user?.AadObjectId is { Length: > 0 } objectId && current.Map.TryGetValue(objectId, out var role))
        {
            return [role];
        }

        return [current.DefaultRole];
    }
}
