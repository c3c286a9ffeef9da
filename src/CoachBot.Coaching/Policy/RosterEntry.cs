namespace CoachBot.Coaching.Policy;

/// <summary>
/// One person on the escalation roster, with the hours (local time) they are on duty; a shift may run past
/// midnight, and the same from and to mean all day.
/// </summary>
public sealed record RosterEntry(string Name, StaffRole Role, TimeOnly From, TimeOnly To)
{
    /// <summary>Whether the person is on duty at local time <paramref name="time"/>.</summary>
    public bool IsOnDutyAt(TimeOnly time) =>
        From == To || (From < To ? time >= From && time < To : time >= From || time < To);
}
