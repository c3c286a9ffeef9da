using System.Security.Claims;
using CoachBot.Coaching.Policy;

namespace CoachBot.Dashboard;

/// <summary>What a dashboard viewer may see.</summary>
internal enum DashboardAccess
{
    /// <summary>Everything (the API key; the local operator in Development).</summary>
    Operator,

    /// <summary>The people and channel quizzes of their teams (<c>Roles:TrainerTeams</c>).</summary>
    Trainer,

    /// <summary>Their own results only.</summary>
    Trainee,
}

/// <summary>The signed-in viewer: who, their access, and for a trainer their teams.</summary>
internal sealed record DashboardViewer(string Name, DashboardAccess Access, string? ObjectId, IReadOnlyList<string> Teams)
{
    public static DashboardViewer From(ClaimsPrincipal user, RoleMap roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        var name = user.FindFirst(DashboardSchemes.NameClaim)?.Value ?? "?";
        // Only the API key and the local viewer grant it: an identity provider's token could carry any claim.
        if (user.HasClaim(DashboardSchemes.OperatorClaim, "true")
            && user.Identity?.AuthenticationType is DashboardSchemes.ApiKey or DashboardSchemes.Development)
        {
            return new DashboardViewer(name, DashboardAccess.Operator, null, []);
        }

        var objectId = user.FindFirst(DashboardSchemes.ObjectIdClaim)?.Value;
        var groups = user.FindAll("groups").Select(c => c.Value);
        return roles.Resolve(objectId, groups).Contains(StaffRoles.Key(StaffRole.Trainer))
            ? new DashboardViewer(name, DashboardAccess.Trainer, objectId, roles.TeamsOf(objectId))
            : new DashboardViewer(name, DashboardAccess.Trainee, objectId, []);
    }

    /// <summary>Whether the viewer may see team <paramref name="teamId"/>'s people and quizzes.</summary>
    public bool SeesTeam(string? teamId) =>
        Access == DashboardAccess.Operator || (Access == DashboardAccess.Trainer && teamId is not null && Teams.Contains(teamId, StringComparer.Ordinal));
}
