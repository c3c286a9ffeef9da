using CoachBot.Dialogs;

namespace CoachBot.Coaching.Policy;

/// <summary>A goodwill gesture, the roles that may offer it without asking, and its value limit when it has one.</summary>
public sealed record CompensationRule(string Id, LocalizedText Gesture, IReadOnlyList<StaffRole> Roles, decimal? MaxValue)
{
    /// <summary>Whether <paramref name="role"/> may offer this gesture.</summary>
    public bool AllowedFor(StaffRole role) => Roles.Contains(role);
}
