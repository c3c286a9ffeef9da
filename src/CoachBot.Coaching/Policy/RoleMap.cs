namespace CoachBot.Coaching.Policy;

/// <summary>
/// Who holds which role, from configuration: Entra object ids (<see cref="Users"/>) and group ids
/// (<see cref="Groups"/>) mapped to role keys (<c>front_desk</c>, <c>supervisor</c>, <c>sales</c>,
/// <c>duty_manager</c>, <c>trainer</c>). A user the map does not know gets the lowest role, front_desk.
/// A role is never taken from what the user says. The host binds this class from configuration.
/// </summary>
public sealed class RoleMap
{
    /// <summary>Entra object id → role key.</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Entra group id → role key (every member holds the role).</summary>
    public Dictionary<string, string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Entra object id of a trainer → the Teams team ids (<c>channelData.team.id</c>) whose people and channel quizzes
    /// they see on the trainer dashboard; a trainer without an entry sees no team.
    /// </summary>
    public Dictionary<string, List<string>> TrainerTeams { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The teams <paramref name="aadObjectId"/> trains (empty when none are configured).</summary>
    public IReadOnlyList<string> TeamsOf(string? aadObjectId) =>
        aadObjectId is not null && TrainerTeams.TryGetValue(aadObjectId, out var teams) ? teams : [];

    /// <summary>
    /// The role keys of a user, by object id and group membership, without duplicates; <c>[front_desk]</c> when
    /// the map knows neither. Unknown role names in the map are ignored here (see <see cref="Validate"/>).
    /// </summary>
    public IReadOnlyList<string> Resolve(string? aadObjectId, IEnumerable<string>? groupIds = null)
    {
        var roles = new List<string>();
        if (aadObjectId is not null && Users.TryGetValue(aadObjectId, out var userRole))
        {
            Add(roles, userRole);
        }

        foreach (var group in groupIds ?? [])
        {
            if (Groups.TryGetValue(group, out var groupRole))
            {
                Add(roles, groupRole);
            }
        }

        return roles.Count == 0 ? [StaffRoles.Lowest] : roles;
    }

    /// <summary>Every entry whose role is not a known role key, as "Users:id: message" (empty when the map is valid).</summary>
    public IReadOnlyList<string> Validate() =>
    [
        .. Users.Where(e => !StaffRoles.TryParse(e.Value, out _)).Select(e => Problem(nameof(Users), e)),
        .. Groups.Where(e => !StaffRoles.TryParse(e.Value, out _)).Select(e => Problem(nameof(Groups), e)),
    ];

    private static void Add(List<string> roles, string key)
    {
        if (StaffRoles.TryParse(key, out var role) && !roles.Contains(StaffRoles.Key(role)))
        {
            roles.Add(StaffRoles.Key(role));
        }
    }

    private static string Problem(string section, KeyValuePair<string, string> entry) =>
        $"{section}:{entry.Key}: '{entry.Value}' is not a role (use {string.Join(", ", StaffRoles.All)})";
}
