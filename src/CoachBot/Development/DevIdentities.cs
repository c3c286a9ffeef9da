namespace CoachBot.Development;

/// <summary>The people the local chat page can act as, so a tester can switch between staff and manager.</summary>
public static class DevIdentities
{
    public static IReadOnlyList<DevIdentity> All { get; } =
    [
        new("dev-staff", "Lan (front desk)", "00000000-0000-0000-0000-00000000a001"),
        new("dev-manager", "Minh (duty manager)", "00000000-0000-0000-0000-00000000a002"),
    ];
}
