namespace CoachBot.Coaching.Policy;

/// <summary>
/// One property's own policy, loaded and validated by <see cref="PolicyLoader"/>: currency and rounding, time
/// zone, peak seasons, each role's discount authority, goodwill gestures, the escalation roster, the reminder
/// delay and how long call notes are kept. Immutable; the bot never invents any of these figures.
/// </summary>
public sealed record HotelPolicy(
    string PropertyId,
    string PropertyName,
    CurrencyPolicy Currency,
    TimeZoneInfo TimeZone,
    IReadOnlyList<SeasonRange> PeakSeasons,
    IReadOnlyDictionary<StaffRole, RoleAuthority> Authority,
    IReadOnlyList<CompensationRule> Compensation,
    IReadOnlyList<RosterEntry> Roster,
    int ReminderMinutes,
    int CallNoteRetentionDays)
{
    /// <summary>The discount authority of <paramref name="role"/>.</summary>
    public RoleAuthority AuthorityFor(StaffRole role) => Authority[role];

    /// <summary>
    /// The role whose authority applies to a user holding <paramref name="roleKeys"/> (from configuration): the one
    /// with the largest discount authority; <see cref="StaffRole.FrontDesk"/> when none is known.
    /// </summary>
    public StaffRole RoleOf(IEnumerable<string>? roleKeys)
    {
        var best = StaffRole.FrontDesk;
        foreach (var key in roleKeys ?? [])
        {
            if (StaffRoles.TryParse(key, out var role) && Stronger(role, best))
            {
                best = role;
            }
        }

        return best;
    }

    /// <summary>The property's local time at <paramref name="instant"/>.</summary>
    public DateTimeOffset LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>Whether <paramref name="instant"/> falls in a peak season, by the property's local date.</summary>
    public bool IsPeakSeason(DateTimeOffset instant)
    {
        var date = DateOnly.FromDateTime(LocalTime(instant).DateTime);
        return PeakSeasons.Any(s => s.Contains(date));
    }

    /// <summary>The roster entries on duty at <paramref name="instant"/>, in roster order (managers to call first).</summary>
    public IReadOnlyList<RosterEntry> OnDuty(DateTimeOffset instant)
    {
        var time = TimeOnly.FromDateTime(LocalTime(instant).DateTime);
        return [.. Roster.Where(r => r.IsOnDutyAt(time))];
    }

    /// <summary>The goodwill gestures <paramref name="role"/> may offer without asking.</summary>
    public IReadOnlyList<CompensationRule> GesturesFor(StaffRole role) => [.. Compensation.Where(c => c.AllowedFor(role))];

    private bool Stronger(StaffRole candidate, StaffRole current)
    {
        var a = AuthorityFor(candidate);
        var b = AuthorityFor(current);
        return a.MaxDiscountPercent > b.MaxDiscountPercent
            || (a.MaxDiscountPercent == b.MaxDiscountPercent && a.MaxAmountPerNight > b.MaxAmountPerNight);
    }
}
