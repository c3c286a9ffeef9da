namespace CoachBot.Development;

/// <summary>
/// The people the local chat page can act as, so a tester can switch between staff, manager and trainer: with Hoa and the
/// two front-desk staff in the Training channel, one person runs a channel quiz on their own machine.
/// </summary>
public static class DevIdentities
{
    public static IReadOnlyList<DevIdentity> All { get; } =
    [
        new("dev-staff", "Lan (front desk)", "00000000-0000-0000-0000-00000000a001"),
        new("dev-manager", "Minh (duty manager)", "00000000-0000-0000-0000-00000000a002"),
        new("dev-trainer", "Hoa (trainer)", "00000000-0000-0000-0000-00000000a003"),
        new("dev-staff-2", "Tuấn (front desk)", "00000000-0000-0000-0000-00000000a004"),
    ];
}
