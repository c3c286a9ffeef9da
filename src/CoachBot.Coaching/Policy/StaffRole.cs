namespace CoachBot.Coaching.Policy;

/// <summary>
/// A user's role at the property. It comes from configuration (<see cref="RoleMap"/>), never from what the
/// user says; <see cref="FrontDesk"/> is the lowest and the default for unknown users.
/// </summary>
public enum StaffRole
{
    /// <summary>Front desk and F&amp;B staff (the default).</summary>
    FrontDesk,

    /// <summary>A shift supervisor.</summary>
    Supervisor,

    /// <summary>A sales representative.</summary>
    Sales,

    /// <summary>The duty manager.</summary>
    DutyManager,

    /// <summary>A trainer.</summary>
    Trainer,
}
