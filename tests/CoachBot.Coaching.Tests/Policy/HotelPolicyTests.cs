using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

public sealed class HotelPolicyTests(SamplePolicy sample) : IClassFixture<SamplePolicy>
{
    private readonly HotelPolicy _policy = sample.Policy;

    [Theory]
    [InlineData("2025-12-31T12:00:00+07:00", true)]   // year end runs over the new year
    [InlineData("2026-01-03T12:00:00+07:00", true)]
    [InlineData("2026-03-10T12:00:00+07:00", false)]
    [InlineData("2026-06-14T16:59:00+00:00", false)]  // 23:59 on 14 June in Ho Chi Minh City
    [InlineData("2026-06-14T17:00:00+00:00", true)]   // midnight local: 15 June, summer peak begins
    public void IsPeakSeason_ByTheLocalDate_FollowsTheCalendar(string instant, bool peak) =>
        Assert.Equal(peak, _policy.IsPeakSeason(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void OnDuty_AtNight_GivesTheNightManagerOnly()
    {
        var onDuty = _policy.OnDuty(new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.FromHours(7)));

        Assert.Equal(["Tuấn"], onDuty.Select(r => r.Name));
    }

    [Fact]
    public void OnDuty_InTheMorning_KeepsRosterOrder()
    {
        var onDuty = _policy.OnDuty(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero)); // 08:00 local

        Assert.Equal(["Minh", "Hoa"], onDuty.Select(r => r.Name));
    }

    [Theory]
    [InlineData(new string[0], StaffRole.FrontDesk)]
    [InlineData(new[] { "nobody-knows" }, StaffRole.FrontDesk)]
    [InlineData(new[] { "front_desk", "supervisor" }, StaffRole.Supervisor)]
    [InlineData(new[] { "sales", "duty_manager", "trainer" }, StaffRole.DutyManager)]
    public void RoleOf_SeveralRoles_TakesTheLargestAuthority(string[] roles, StaffRole expected) =>
        Assert.Equal(expected, _policy.RoleOf(roles));

    [Fact]
    public void GesturesFor_FrontDesk_ExcludesManagerOnlyGestures()
    {
        var ids = _policy.GesturesFor(StaffRole.FrontDesk).Select(g => g.Id).ToList();

        Assert.Contains("welcome_drink", ids);
        Assert.DoesNotContain("night_waived", ids);
        Assert.DoesNotContain("room_upgrade", ids);
    }

    [Theory]
    [InlineData(103, "$103")]
    [InlineData(99.5, "$99.50")]
    [InlineData(1234, "$1,234")]
    public void Format_Usd_ShowsSymbolAndNeededDecimals(decimal amount, string expected) =>
        Assert.Equal(expected, _policy.Currency.Format(amount));

    [Fact]
    public void Format_Vnd_GroupsThousandsWithSymbolAfter() =>
        Assert.Equal("1,080,000 ₫", new CurrencyPolicy("VND", "₫", 0, 1000).Format(1_080_000));
}
