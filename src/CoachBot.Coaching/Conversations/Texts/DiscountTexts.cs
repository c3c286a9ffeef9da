using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The lines of the discount figures section ({n} are figures from the policy and the plan).</summary>
internal static class DiscountTexts
{
    public static TextId Heading { get; } = new("discount.heading");

    public static TextId Authority { get; } = new("discount.authority");

    public static TextId ForeignCurrency { get; } = new("discount.foreign-currency");

    public static TextId PercentOnly { get; } = new("discount.percent-only");

    public static TextId DoNotAddUp { get; } = new("discount.do-not-add-up");

    public static TextId Given { get; } = new("discount.given");

    public static TextId AskedOff { get; } = new("discount.asked-off");

    public static TextId AskedOffWithPercent { get; } = new("discount.asked-off-with-percent");

    public static TextId Asked { get; } = new("discount.asked");

    public static TextId Within { get; } = new("discount.within");

    public static TextId Beyond { get; } = new("discount.beyond");

    public static TextId HoldFirm { get; } = new("discount.hold-firm");

    // {0} is on top of the step before; {1} and {2} are the price and the percentage off in all at this step.
    public static TextId SmallStep { get; } = new("discount.small-step");

    public static TextId ManagersSpecialForRegulars { get; } = new("discount.managers-special-for-regulars");

    public static TextId ManagersSpecial { get; } = new("discount.managers-special");

    public static TextId CallManager { get; } = new("discount.call-manager");

    public static TextId Reserve { get; } = new("discount.reserve");

    public static TextId Role(Policy.StaffRole role) => CoachTexts.Role(role);
}
