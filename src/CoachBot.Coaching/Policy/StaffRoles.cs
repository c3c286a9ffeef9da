namespace CoachBot.Coaching.Policy;

/// <summary>The role keys as written in policy files, configuration and facts (<c>front_desk</c> …).</summary>
public static class StaffRoles
{
    /// <summary>The key of the lowest role, given to users the configuration does not know.</summary>
    public const string Lowest = "front_desk";

    private static readonly (StaffRole Role, string Key)[] Keys =
    [
        (StaffRole.FrontDesk, "front_desk"),
        (StaffRole.Supervisor, "supervisor"),
        (StaffRole.Sales, "sales"),
        (StaffRole.DutyManager, "duty_manager"),
        (StaffRole.Trainer, "trainer"),
    ];

    /// <summary>Every role key, in the order of <see cref="StaffRole"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Keys.Select(k => k.Key)];

    /// <summary>The key of <paramref name="role"/> (<c>duty_manager</c>).</summary>
    public static string Key(StaffRole role) => Keys.First(k => k.Role == role).Key;

    /// <summary>Reads a role key that must be valid (for example one the schema already checked).</summary>
    /// <exception cref="FormatException">It is not a role key.</exception>
    public static StaffRole Parse(string? key) =>
        TryParse(key, out var role) ? role : throw new FormatException($"'{key}' is not a role (use {string.Join(", ", All)}).");

    /// <summary>Reads a role key, case-insensitively; "front-desk" and "FrontDesk" are accepted too.</summary>
    public static bool TryParse(string? key, out StaffRole role)
    {
        var folded = key?.Trim().Replace("-", "_", StringComparison.Ordinal);
        foreach (var (candidate, name) in Keys)
        {
            if (string.Equals(name, folded, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name.Replace("_", string.Empty, StringComparison.Ordinal), folded, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = StaffRole.FrontDesk;
        return false;
    }
}
