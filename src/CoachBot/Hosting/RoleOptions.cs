namespace CoachBot.Hosting;

/// <summary>
/// Who holds which role (configuration section "Roles"): Entra object id → role name (front_desk,
/// supervisor, sales, duty_manager, trainer). Never taken from what a user says. Group ids are not
/// matched yet: Teams activities carry no group membership, which would need a Graph lookup.
/// </summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    public static IReadOnlySet<string> KnownRoles { get; } =
        new HashSet<string>(["front_desk", "supervisor", "sales", "duty_manager", "trainer"], StringComparer.Ordinal);

    /// <summary>Entra object id → role.</summary>
    public Dictionary<string, string> Map { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role of anyone not in <see cref="Map"/>: the lowest.</summary>
    public string DefaultRole { get; set; } = "front_desk";
}
