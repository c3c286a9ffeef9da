using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Tests.Conversations.Support;
using CoachBot.Coaching.Tests.Policy;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Discount requests (H-07, H-18) against the sample policy's authority: figures, staged plan, escalation.</summary>
public sealed class DiscountConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("A regular wants $5 more off after 10%, rate is 120, peak season", "en", "Your figures", "within your authority")]
    [InlineData("Khách quen đòi giảm thêm 5 đô sau khi đã giảm 10%, giá phòng 120 đô, mùa cao điểm", "vi", "Con số của bạn", "trong quyền hạn của bạn")]
    [InlineData("老客人在打了九折之后还要再便宜5美元，房价120美元，旺季", "zh", "你的数字", "在你的权限内")]
    public Task FiveMoreAfterTenPercent_RegularInPeakSeason_FrontDeskPlanHoldsFirmThenManagersSpecial(
        string message, string language, string figuresHeading, string within) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("regular_discount", language), language == "en" ? "Say now:" : language == "vi" ? "Nói ngay:" : "现在就说：");
                var figures = Advice.Section(reply, figuresHeading);
                Assert.Contains(figures, l => l.Contains("15%", StringComparison.Ordinal) && l.Contains("$20", StringComparison.Ordinal) && l.Contains("$18", StringComparison.Ordinal));
                Assert.Contains(figures, l => l.Contains("14.17%", StringComparison.Ordinal) && l.Contains(within, StringComparison.Ordinal));
                Assert.StartsWith("1.", Assert.Single(figures, l => l.Contains("$108", StringComparison.Ordinal) && !l.Contains("$12", StringComparison.Ordinal)), StringComparison.Ordinal);
                var special = Assert.Single(figures, l => l.Contains("$103", StringComparison.Ordinal));
                Assert.StartsWith("2.", special, StringComparison.Ordinal);
                Assert.Contains("$5", special, StringComparison.Ordinal);
                Assert.Contains(figures, l => l.Contains("$1.", StringComparison.Ordinal) || l.EndsWith("$1。", StringComparison.Ordinal));
                Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply));
                Advice.Cites(reply, "H-18", "H-07");
            })
            .AssertExplanation(e =>
            {
                Assert.Equal(["discount.regular_guest", "discount.within_authority", "discount.peak_season_regular"], e.RuleIds);
                Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("ask_within_authority=true"));
            })
            .RunAsync();

    [Fact]
    public Task ThirtyPercentAsk_BeyondFrontDeskAuthority_SmallStepThenEscalates() =>
        Transcript.For(fixture.Runner)
            .Send("Rate is 120, the guest wants 30% off")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                var figures = Advice.Section(reply, "Your figures");
                Assert.Contains(figures, l => l.Contains("30%", StringComparison.Ordinal) && l.Contains("beyond your authority", StringComparison.Ordinal));
                Assert.Contains(figures, l => l.Contains("$9 more", StringComparison.Ordinal) && l.Contains("$111", StringComparison.Ordinal));
                Assert.Contains(figures, l => l.Contains("call the duty manager", StringComparison.Ordinal));
                Assert.DoesNotContain(figures, l => l.Contains("$84", StringComparison.Ordinal)); // the 30% price is never suggested
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
            })
            .Press(Advice.Escalate)
            .AssertReply(_ => { })
            .AssertEffect("escalation", payload =>
            {
                Assert.Equal("discount_request", payload.GetProperty("intent").GetString());
                Assert.Equal("soon", payload.GetProperty("urgency").GetString());
                Assert.Equal("front_desk", payload.GetProperty("staffRole").GetString());
                Assert.Contains("discount.beyond_authority", payload.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
            })
            .RunAsync();

    [Fact]
    public Task EighteenPercentAsk_SupervisorNewGuest_StepsAddUpAndNoRegularsWording() =>
        Transcript.For(fixture.Runner)
            .WithRoles("supervisor")
            .Send("Rate is 120, the guest wants 18% off")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                var figures = Advice.Section(reply, "Your figures");

                // Not a regular: no "special price for regulars"; nothing given yet: the ask is just "18% off".
                Assert.DoesNotContain(figures, l => l.Contains("regular", StringComparison.OrdinalIgnoreCase));
                Assert.Contains(figures, l => l.StartsWith("Asked: 18% off:", StringComparison.Ordinal));
                Assert.DoesNotContain(figures, l => l.Contains("in all:", StringComparison.Ordinal));

                // Each "$X more" is on top of the step before and lands on the price it names.
                var price = decimal.Parse(Regex.Match(Assert.Single(figures, l => l.Contains("hold firm", StringComparison.Ordinal)), @"\$(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.Equal(120m, price);
                var steps = figures.Select(l => Regex.Match(l, @"\$(\d+) more, so \$(\d+) a night \((\d+(?:\.\d+)?)% off in all\)")).Where(m => m.Success).ToList();
                Assert.Equal(2, steps.Count);
                foreach (var step in steps)
                {
                    var extra = decimal.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture);
                    var next = decimal.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture);
                    Assert.Equal(price - extra, next);
                    Assert.Equal(Math.Round((120m - next) / 120m * 100m, 2), decimal.Parse(step.Groups[3].Value, CultureInfo.InvariantCulture));
                    price = next;
                }

                // In all, the 18% asked ($21.60) rounded down to whole dollars: $21 off, so $99.
                Assert.Equal(99m, price);
            })
            .RunAsync();

    [Fact]
    public Task ThirtyPercentAsk_DutyManagerRole_IsWithinAuthority() =>
        Transcript.For(fixture.Runner)
            .WithRoles("duty_manager")
            .Send("Rate is 120, the guest wants 30% off")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                Assert.Contains(Advice.Section(reply, "Your figures"), l => l.Contains("within your authority", StringComparison.Ordinal));
                Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply));
            })
            .AssertExplanation(e => Assert.Contains("discount.within_authority", e.RuleIds))
            .RunAsync();

    [Fact]
    public Task ThirtyPercentAsk_RoleFromRoleMapWhenTurnHasNone_IsWithinAuthority()
    {
        var roles = new RoleMap();
        roles.Users["aad-user-1"] = "duty_manager";
        return Transcript.For(fixture.Create(fixture.Policy, roles))
            .Send("Rate is 120, the guest wants 30% off")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply => Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply)))
            .RunAsync();
    }

    [Fact]
    public async Task NoFigures_VietnameseHotelInDong_AsksRateAndAskAsTypedThenPlansInDong()
    {
        using var dir = new TempPolicies();
        var yaml = TempPolicies.Sample
            .Replace("code: USD", "code: VND", StringComparison.Ordinal)
            .Replace("symbol: \"$\"", "symbol: \"₫\"", StringComparison.Ordinal)
            .Replace("decimals: 2", "decimals: 0", StringComparison.Ordinal)
            .Replace("rounding_step: 1 ", "rounding_step: 1000 ", StringComparison.Ordinal)
            .Replace("max_amount_per_night: 20 }", "max_amount_per_night: 300000 }", StringComparison.Ordinal)
            .Replace("max_amount_per_night: 35 }", "max_amount_per_night: 500000 }", StringComparison.Ordinal)
            .Replace("max_amount_per_night: 60 }", "max_amount_per_night: 800000 }", StringComparison.Ordinal)
            .Replace("max_amount_per_night: 100 }", "max_amount_per_night: 1500000 }", StringComparison.Ordinal)
            .Replace("max_amount_per_night: 15 }", "max_amount_per_night: 200000 }", StringComparison.Ordinal)
            .Replace("max_value: 10\n", "max_value: 100000\n", StringComparison.Ordinal)
            .Replace("max_value: 200\n", "max_value: 2000000\n", StringComparison.Ordinal);
        var policy = await PolicyLoader.LoadOrThrowAsync(dir.Write("dong.yaml", yaml), CancellationToken.None);

        await Transcript.For(fixture.Create(policy))
            .Send("Khách xin giảm giá")
            .AssertReply(reply => Assert.Contains("VND", reply.Text, StringComparison.Ordinal))
            .Send("1tr2")
            .AssertReply(reply => Assert.Contains("10%", reply.Text, StringComparison.Ordinal))
            .Send("10%")
            .AssertQuestion("true", "false")
            .Press("true")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("regular_discount", "vi"), "Nói ngay:");
                var figures = Advice.Section(reply, "Con số của bạn");
                Assert.Contains(figures, l => l.Contains("1,200,000 ₫", StringComparison.Ordinal));
                Assert.Contains(figures, l => l.Contains("120,000 ₫", StringComparison.Ordinal) && l.Contains("1,080,000 ₫", StringComparison.Ordinal));
            })
            .RunAsync();
    }

    [Fact]
    public Task RatePrompt_NotAnAmount_AsksAgain() =>
        Transcript.For(fixture.Runner)
            .Send("客人要求打折")
            .AssertReply(reply => Assert.Contains("USD", reply.Text, StringComparison.Ordinal))
            .Send("不知道")
            .AssertReply(reply => Assert.Contains("一千二", reply.Text, StringComparison.Ordinal))
            .Send("一百二")
            .AssertReply(reply => Assert.Contains("10%", reply.Text, StringComparison.Ordinal))
            .RunAsync();
}
