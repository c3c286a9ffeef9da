using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// The complaint cases of document 003 (H-12 … H-17), as conversations in English, Vietnamese and Chinese: advice
/// on the first reply, the facts that would sharpen it as buttons on the card.
/// </summary>
public sealed class ComplaintConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("Khách quen rất tức giận vì mất túi để ở quầy lễ tân, đòi bồi thường tiền", "vi", "Nói ngay:")]
    [InlineData("一位老客人非常生气，他寄存在前台的包丢了，要求赔偿现金", "zh", "现在就说：")]
    public Task LostBag_AngryRegularWantsMoney_AccusatoryAtOnceAndEscalationCarriesNoGuestText(string message, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("accusatory", language), sayNow);
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Advice.Cites(reply, "H-12");
            })
            .AssertExplanation(e => Assert.Equal(["complaint.accusatory.classify", "complaint.lost_property", "complaint.report_upward"], e.RuleIds))
            .PressEscalation()
            // No "Calling …" from the dialog: the host tells the staffer once it knows whether the desk got it.
            .AssertEffect("escalation", payload =>
            {
                Assert.Equal("complaint", payload.GetProperty("intent").GetString());
                Assert.Equal("accusatory", payload.GetProperty("classification").GetString());
                Assert.Equal("immediate", payload.GetProperty("urgency").GetString());
                Assert.Contains("complaint.lost_property", payload.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
                Assert.Equal("Minh", payload.GetProperty("contacts")[0].GetProperty("name").GetString());
                Assert.Equal("duty_manager", payload.GetProperty("contacts")[0].GetProperty("role").GetString());
                Assert.Equal(language, payload.GetProperty("language").GetString());
                var raw = payload.GetRawText();
                Assert.DoesNotContain(language == "vi" ? "túi" : "包", raw, StringComparison.Ordinal);
                Assert.DoesNotContain("regular_guest", raw, StringComparison.Ordinal);
            })
            .RunAsync();

    [Theory]
    [InlineData("The guest is shouting at the desk, his bag is lost and he wants money", "Say now:", "Get a written list of the contents")]
    [InlineData("Khách la ở quầy vì mất vali, đòi tiền", "Nói ngay:", "Lấy danh sách đồ bên trong")]
    [InlineData("khach dang rat gian, doi boi thuong vi mat tui xach", "Nói ngay:", "Lấy danh sách đồ bên trong")]
    [InlineData("客人在前台大喊，他的行李不见了，要我们赔钱", "现在就说：", "书面列出物品清单")]
    [InlineData("客人很生氣，他的包丟了，要我們賠錢", "現在就說：", "書面列出物品清單")]
    public Task LostBag_ShoutingGuestWantsMoney_AccusatoryFirstScreenLostPropertyStepsBehindMore(string message, string sayNow, string lostPropertyStep) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Assert.NotNull(Advice.Never(reply));

                // The lost-property steps are not on the first screen (three steps at most) but one press away.
                Assert.Contains(reply.Card!.More!.Sections.SelectMany(s => s.Lines), line => line.Contains(lostPropertyStep, StringComparison.Ordinal));
                Advice.Cites(reply, "H-12");
            })
            .AssertExplanation(e =>
            {
                Assert.Equal("accusatory", e.Classification);
                Assert.Contains("complaint.lost_property", e.RuleIds);
            })
            .RunAsync();

    [Theory]
    [InlineData("A regular is complaining in front of his friends that we put fruit in his room he didn't want", "en", "Say now:")]
    [InlineData("Khách quen phàn nàn trước mặt bạn bè rằng chúng tôi để trái cây trong phòng", "vi", "Nói ngay:")]
    [InlineData("khach phan nan truoc mat ban be ve trai cay trong phong", "vi", "Nói ngay:")]
    [InlineData("老客人当着朋友的面批评我们在房间放了水果", "zh", "现在就说：")]
    public Task FruitInTheRoom_RegularInFrontOfFriends_FaceSavingAdviceAtOnceThenMoodSharpensItToCritical(string message, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                // Advice first: give face in front of the friends; the mood is a refinement on the card, not a question.
                Advice.Is(reply, null, sayNow);
                Assert.Equal(["guest_emotion=angry", "guest_emotion=upset", "guest_emotion=calm", "guest_emotion=happy"], Advice.Refinements(reply, "guest_emotion"));
                Advice.RefinementsRefresh(reply);
                Advice.Cites(reply, "H-13");
            })
            .AssertExplanation(e => Assert.Contains("complaint.face_saving", e.RuleIds))
            .Refine("guest_emotion", "upset")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Advice.Is(reply, fixture.Label("critical", language), sayNow);
                Assert.Empty(Advice.Refinements(reply, "guest_emotion"));
                Assert.NotEmpty(Advice.Refinements(reply, "demands_compensation"));
                Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply));
            })
            .Refine("demands_compensation", "false")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Advice.Is(reply, fixture.Label("critical", language), sayNow);
                Assert.Empty(Advice.Refinements(reply, "demands_compensation"));
            })
            .AssertExplanation(e =>
            {
                Assert.Equal("critical", e.Classification);
                Assert.Contains("complaint.face_saving", e.RuleIds);
            })
            .RunAsync();

    [Theory]
    [InlineData("guest is not shouting but clearly unhappy, criticising our service in front of his business partners", "en")]
    [InlineData("客人很不滿意，當眾批評我們的服務", "zh-Hant")]
    public Task UnhappyGuestCriticisesInFront_CriticalOnTheFirstReply(string message, string language) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("critical", language), language == "en" ? "Say now:" : "現在就說：");
                Advice.Cites(reply, "H-13");
            })
            .RunAsync();

    [Theory]
    [InlineData("Khách ở dài ngày rất vui và góp ý nhân viên nên chào vợ anh ấy bằng tên", "vi", "Nói ngay:")]
    [InlineData("khach khong he buc, chi de nghi them goi", "vi", "Nói ngay:")]
    [InlineData("Long stay guest loves the hotel, just suggested that staff greet his wife by her name", "en", "Say now:")]
    [InlineData("长住客人心情很好，建议员工称呼他太太的名字", "zh", "现在就说：")]
    [InlineData("客人沒有生氣，只是建議我們記住他太太的名字", "zh-Hant", "現在就說：")]
    public Task Suggestion_HappyGuest_ConstructiveAtOnceWithNothingToRefine(string message, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("constructive", language), sayNow);
                Assert.DoesNotContain(reply.Choices, c => c.Value.StartsWith(Advice.RefinePrefix, StringComparison.Ordinal));
                Advice.Cites(reply, "H-14");
            })
            .AssertExplanation(e => Assert.Equal("constructive", e.Classification))
            .RunAsync();

    [Theory]
    [InlineData("The guest is complaining about the noise", "Say now:", "critical")] // no mood, no demand: H-13 until the mood says otherwise
    [InlineData("客人投訴房間太吵，已經說過兩次了", "現在就說：", "repeat_complaint")] // said twice: named a repeat complaint (H-15), the mood still on the card
    public Task EmotionUnknown_FirstReplyIsAdviceAndTheMoodIsOnTheCard(string message, string sayNow, string? named) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.Contains("guest_emotion=angry", Advice.Refinements(reply, "guest_emotion"));
            })
            .AssertExplanation(e => Assert.Equal(named, e.Classification))
            .Refine("guest_emotion", "angry")
            .AssertReply(reply => Assert.True(reply.RefreshesCard))
            // Angry but no demand yet: the card is refreshed on what is now known.
            .AssertExplanation(e => Assert.Contains(e.Memory!.Facts.Facts, f => f.Name == "guest_emotion" && f.ToValue().Symbol == "angry"))
            .RunAsync();

    [Theory]
    [InlineData("At the banquet a waiter spilled wine on a guest and the manager said they are interns", "Never:", "fruit")]
    [InlineData("nhan vien lam do ruou trong tiec cuoi, quan ly noi la thuc tap sinh", "Đừng:", "trái cây")]
    [InlineData("宴会上服务员把酒洒到客人身上，经理说他们是实习生", "切忌：", "水果")]
    [InlineData("宴會上服務員灑了紅酒，經理說是實習生", "切忌：", "水果")]
    public Task SpilledWine_ManagerBlamesInterns_FirstScreenWarnsAgainstTheExcuseAndCitesH16(string message, string never, string fruit) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.NotNull(reply.Card);
                Assert.Contains(reply.Card.Lines, l => l.StartsWith(never, StringComparison.Ordinal));
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Advice.Cites(reply, "H-16");

                // The fruit in the room is another case (H-13): nothing on the wine card talks about fruit.
                Assert.DoesNotContain(Advice.AllLines(reply), l => l.Contains(fruit, StringComparison.OrdinalIgnoreCase));
            })
            .AssertExplanation(e => Assert.Contains("complaint.staff_excuse", e.RuleIds))
            .RunAsync();

    [Fact]
    public Task WakeUpCall_GuestClaimsLosses_AccusatoryAtOnceThenTheLogButtonExplainsTheHotelDidItsDuty() =>
        Transcript.For(fixture.Runner)
            .Send("Guest says he missed his wake-up call and lost a trade, wants compensation")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("accusatory", "en"), "Say now:");
                Assert.Equal(["wake_up_call_logged=true", "wake_up_call_logged=false", "wake_up_call_logged=?"], Advice.Refinements(reply, "wake_up_call_logged"));
                Advice.Cites(reply, "H-17");
            })
            .Refine("wake_up_call_logged", "true")
            .AssertReply(reply =>
            {
                Assert.True(reply.RefreshesCard);
                Advice.Cites(reply, "H-17");
                Assert.Empty(Advice.Refinements(reply, "wake_up_call_logged"));
            })
            .AssertExplanation(e =>
            {
                Assert.Contains("complaint.wake_up_call.made", e.RuleIds);
                Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("wake_up_call_logged=true"));
            })
            .RunAsync();

    [Theory]
    [InlineData("khách complain về wake-up call sáng nay", "Nói ngay:")]
    [InlineData("khach khieu nai ve bao thuc, noi le tan khong goi", "Nói ngay:")]
    public Task WakeUpCall_NoClaimYet_CheckTheLogIsTheFirstAdvice(string message, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.Contains("báo thức", reply.Text, StringComparison.Ordinal);
                Advice.Cites(reply, "H-17");
            })
            .RunAsync();
}
