namespace CoachBot.Coaching.Policy;

/// <summary>
/// What a concession means against one role's authority, per night at <see cref="Rate"/>: what is already
/// given, what is asked, both together as one effective percentage, whether that is within authority (both the
/// percent and the amount limit) and the headroom left after what is given (rounded down to the currency step).
/// </summary>
public sealed record ConcessionAssessment(
    RoleAuthority Authority,
    decimal Rate,
    Concession Given,
    Concession Ask,
    decimal GivenOff,
    decimal AskOff,
    decimal CombinedOff,
    decimal CombinedPercent,
    decimal Limit,
    decimal Headroom)
{
    /// <summary>Whether what is given and what is asked, together, stay within both limits of the role.</summary>
    public bool WithinAuthority => CombinedOff <= Rate * Authority.MaxDiscountPercent / 100m && CombinedOff <= Authority.MaxAmountPerNight;

    /// <summary>Whether what is already given leaves nothing (within rounding) for this role to add.</summary>
    public bool AuthoritySpent => Headroom <= 0;
}
