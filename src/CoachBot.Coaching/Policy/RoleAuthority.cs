namespace CoachBot.Coaching.Policy;

/// <summary>
/// How much one role may take off a night without asking: at most <see cref="MaxDiscountPercent"/> of the
/// rate and at most <see cref="MaxAmountPerNight"/> in the property's currency; both limits apply.
/// </summary>
public sealed record RoleAuthority(StaffRole Role, decimal MaxDiscountPercent, decimal MaxAmountPerNight)
{
    /// <summary>The most this role may take off one night at <paramref name="rate"/> (exact, not rounded).</summary>
    public decimal LimitFor(decimal rate) => Math.Max(0, Math.Min(rate * MaxDiscountPercent / 100m, MaxAmountPerNight));
}
