using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Tests.Conversations.Support;
using CoachBot.Coaching.Tests.Policy;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Discount requests (H-07, H-18) against the sample policy's authority: the negotiation script on the first reply
/// with no figures asked; the figures (typed in the message, typed later, or in the card's form) turn the steps
/// into the staged plan within the user's authority.
/// </summary>
public sealed class DiscountConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("A regular wants $5 more off after 10%, rate is 120, peak season", "en", "Your figures", "within your authority", "Say now:")]
    [InlineData("Khách quen đòi giảm thêm 5 đô sau khi đã giảm 10%, giá phòng 120 đô, mùa cao điểm", "vi", "Con số của bạn", "trong quyền hạn của bạn", "Nói ngay:")]
    [InlineData("老客人在打了九折之后还要再便宜5美元，房价120美元，旺季", "zh", "你的数字", "在你的权限内", "现在就说：")]
    public Task FiveMoreAfterTenPercent_RegularInPeakSeason_PlanStagesAreTheStepsAndEveryFigureIsBehindMore(
        string message, string language, string figuresHeading, string within, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("regular_discount", language), sayNow);

                // The first screen: hold firm at $108, then the manager's special of $5 more, $103.
                var steps = Advice.Steps(reply);
                Assert.Equal(2, steps.Count);
                Assert.Contains("$108", steps[0], StringComparison.Ordinal);
                Assert.Contains("$103", steps[1], StringComparison.Ordinal);
                Assert.Contains("$5", steps[1], StringComparison.Ordinal);
                Assert.NotNull(Advice.Never(reply));

                var figures = Advice.More(reply, figuresHeading);
                Assert.Contains(figures, l => l.Contains("15%", StringComparison.Ordinal) && l.Contains("$20", StringComparison.Ordinal) && l.Contains("$18", StringComparison.Ordinal));
                Assert.Contains(figures, l => l.Contains("14.17%", StringComparison.Ordinal) && l.Contains(within, StringComparison.Ordinal));
                Assert.StartsWith("\u2460", Assert.Single(figures, l => l.Contains("$108", StringComparison.Ordinal) && !l.Contains("$12", StringComparison.Ordinal)), StringComparison.Ordinal);
                Assert.StartsWith("\u2461", Assert.Single(figures, l => l.Contains("$103", StringComparison.Ordinal)), StringComparison.Ordinal);
                Assert.Contains(figures, l => l.Contains("$1.", StringComparison.Ordinal) || l.EndsWith("$1。", StringComparison.Ordinal));
                Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply));
                Advice.HasFiguresForm(reply);
                Advice.Cites(reply, "H-18", "H-07");
            })
            .AssertExplanation(e =>
            {
                Assert.Equal(["discount.regular_guest", "discount.within_authority", "discount.peak_season_regular"], e.RuleIds);
                Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("ask_within_authority=true"));
            })
            .RunAsync();

    [Theory]
    [InlineData("Rate is $100, the guest wants 12% off. My limit is 10%.")]
    [InlineData("Giá phòng 100 đô, khách đòi giảm 12%, em được giảm tới 10%")]
    [InlineData("房价100美元，客人要打88折，我的权限最多九折")]
    public Task StatedLimitBelowTheRoles_TheAskBeyondItGoesToTheDutyManager(string message) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply => Assert.Contains(Advice.Escalate, Advice.Buttons(reply)))
            .AssertExplanation(e => Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("ask_within_authority=false")))
            .RunAsync();

    [Fact]
    public Task StatedLimitAboveTheRoles_NeverRaisesIt() =>
        Transcript.For(fixture.Runner)
            .Send("Rate is $100, the guest wants 18% off. My limit is 20%.")
            .AssertReply(reply => Assert.Contains(Advice.Escalate, Advice.Buttons(reply)))
            .AssertExplanation(e => Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("ask_within_authority=false")))
            .RunAsync();

    [Fact]
    public Task StatedLimitAsAFollowUp_ThePlanIsWorkedOutAgainWithIt() =>
        Transcript.For(fixture.Runner)
            .Send("Rate is $100, the guest wants 12% off")
            .AssertReply(reply => Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply)))
            .Send("my limit is 10%")
            .AssertReply(reply => Assert.Contains(Advice.Escalate, Advice.Buttons(reply)))
            .RunAsync();

    [Theory]
    [InlineData("A regular guest asks for a discount", "en", "Say now:", "rooms to spare")]
    [InlineData("Khách quen xin giảm giá", "vi", "Nói ngay:", "phòng trống")]
    [InlineData("常客要求再便宜5美元，我們已經打了九折，現在是旺季", "zh-Hant", "現在就說：", "空房")]
    public Task RegularAsksWithoutFigures_TheNegotiationScriptAtOnceAndTheFiguresFormOnTheCard(string message, string language, string sayNow, string emptyRooms) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                // Hold firm, step away to ask the manager, come back with a small extra; never signal empty rooms.
                Advice.Is(reply, fixture.Label("regular_discount", language), sayNow);
                Assert.InRange(Advice.Steps(reply).Count, 2, 3);
                Assert.Contains(emptyRooms, Advice.Never(reply), StringComparison.Ordinal);
                Assert.DoesNotContain(Advice.AllLines(reply), l => Regex.IsMatch(l, @"\$\d"));
                Advice.HasFiguresForm(reply);
                Advice.Cites(reply, "H-18");
            })
            .RunAsync();

    [Theory]
    [InlineData("A guest asks for a discount", "en", "Say now:")]
    [InlineData("khach doi giam gia", "vi", "Nói ngay:")]
    [InlineData("客人要求打折", "zh", "现在就说：")]
    public Task DiscountWithoutFigures_NoQuestionFirst_AdviceWithTheFormAndRegularAsARefinement(string message, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("discount_request", language), sayNow);
                Advice.HasFiguresForm(reply);
                Assert.Equal(["regular_guest=true", "regular_guest=false", "regular_guest=?"], Advice.Refinements(reply, "regular_guest"));
                Advice.Cites(reply, "H-07");
            })
            .Refine("regular_guest", "true")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Advice.Is(reply, fixture.Label("regular_discount", language), sayNow);
                Advice.HasFiguresForm(reply);
            })
            .RunAsync();

    [Fact]
    public Task FiguresForm_ThirtyPercentBeyondFrontDeskAuthority_SmallStepThenEscalates() =>
        Transcript.For(fixture.Runner)
            .Send("A guest asks for a discount")
            .AssertReply(reply => Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply)))
            .SubmitFigures("120", null, "30%")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                var steps = Advice.Steps(reply);
                Assert.Contains("$120", steps[0], StringComparison.Ordinal);
                Assert.Contains(steps, l => l.Contains("$9 more", StringComparison.Ordinal) && l.Contains("$111", StringComparison.Ordinal));
                Assert.Contains(steps, l => l.Contains("call the duty manager", StringComparison.Ordinal));
                var figures = Advice.More(reply, "Your figures");
                Assert.Contains(figures, l => l.Contains("30%", StringComparison.Ordinal) && l.Contains("beyond your authority", StringComparison.Ordinal));
                Assert.DoesNotContain(Advice.AllLines(reply), l => l.Contains("$84", StringComparison.Ordinal)); // the 30% price is never suggested
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
            })
            .PressEscalation()
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
            .AssertReply(reply => Advice.HasFiguresForm(reply))
            .Refine("regular_guest", "false")
            .AssertReply(reply =>
            {
                var figures = Advice.More(reply, "Your figures");

                // Not a regular: no "special price for regulars"; nothing given yet: the ask is just "18% off".
                Assert.DoesNotContain(Advice.AllLines(reply), l => l.Contains("regulars", StringComparison.OrdinalIgnoreCase));
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
            .AssertReply(reply =>
            {
                Assert.Contains(Advice.More(reply, "Your figures"), l => l.Contains("within your authority", StringComparison.Ordinal));
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
            .AssertReply(reply => Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply)))
            .AssertExplanation(e => Assert.Contains("discount.within_authority", e.RuleIds))
            .RunAsync();
    }

    [Fact]
    public Task TypedFigures_AfterTheScript_UpdateTheSameAdviceWithThePlan() =>
        Transcript.For(fixture.Runner)
            .Send("A guest asks for a discount")
            .AssertReply(reply => Assert.DoesNotContain(Advice.AllLines(reply), l => l.Contains("$120", StringComparison.Ordinal)))
            .Send("rate 120, she wants 10%")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("discount_request", "en"), "Say now:");
                Assert.Contains("$120", Advice.Steps(reply)[0], StringComparison.Ordinal);
                Assert.Contains(Advice.Steps(reply), l => l.Contains("$108", StringComparison.Ordinal));
            })
            .RunAsync();

    [Fact]
    public async Task FiguresTypedOneByOne_VietnameseHotelInDong_PlansInDongInVietnamese()
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
            .Send("Khách quen xin giảm giá")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("regular_discount", "vi"), "Nói ngay:");
                Assert.Contains("VND", Assert.Single(reply.Card!.Form!.Inputs, i => i.Id == "rate").Label, StringComparison.Ordinal);
            })
            .Send("giá phòng 1tr2")
            .AssertReply(reply => Assert.NotNull(reply.Card))
            .Send("khách xin giảm 10%")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("regular_discount", "vi"), "Nói ngay:");
                var figures = Advice.More(reply, "Con số của bạn");
                Assert.Contains(figures, l => l.Contains("1,200,000 ₫", StringComparison.Ordinal));
                Assert.Contains(Advice.Steps(reply), l => l.Contains("1,200,000 ₫", StringComparison.Ordinal));
            })
            .RunAsync();
    }

    [Fact]
    public Task FiguresForm_NothingReadable_SaysHowToTypeThemAndKeepsTheCard() =>
        Transcript.For(fixture.Runner)
            .Send("客人要求打折")
            .AssertReply(reply => Advice.HasFiguresForm(reply))
            .SubmitFigures("不知道", null, null)
            .AssertReply(reply =>
            {
                Assert.Null(reply.Card);
                Assert.Contains("九折", reply.Text, StringComparison.Ordinal);
            })
            .SubmitFigures("一百二", null, "九折")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Assert.Contains("$120", Advice.Steps(reply)[0], StringComparison.Ordinal);
            })
            .RunAsync();
}
