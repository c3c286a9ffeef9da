using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>The complaint cases of document 003 (H-12 … H-17), as conversations in English, Vietnamese and Chinese.</summary>
public sealed class ComplaintConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("Khách quen rất tức giận vì mất túi để ở quầy lễ tân, đòi bồi thường tiền", "vi", "Nói ngay:", "Minh (quản lý ca)")]
    [InlineData("一位老客人非常生气，他寄存在前台的包丢了，要求赔偿现金", "zh", "现在就说：", "Minh（值班经理）")]
    public Task LostBag_AngryRegularWantsMoney_AccusatoryAtOnceAndEscalationCarriesNoGuestText(string message, string language, string sayNow, string calling) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("accusatory", language), sayNow);
                Assert.Contains(Advice.Escalate, Advice.Buttons(reply));
                Advice.Cites(reply, "H-12");
            })
            .AssertExplanation(e => Assert.Equal(["complaint.accusatory.classify", "complaint.lost_property", "complaint.report_upward"], e.RuleIds))
            .Press(Advice.Escalate)
            .AssertReply(reply => Assert.Contains(calling, reply.Text, StringComparison.Ordinal))
            .AssertEffect("escalation", payload =>
            {
                Assert.Equal("complaint", payload.GetProperty("intent").GetString());
                Assert.Equal("accusatory", payload.GetProperty("classification").GetString());
                Assert.Equal("immediate", payload.GetProperty("urgency").GetString());
                Assert.Contains("complaint.lost_property", payload.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
                Assert.Equal("Minh", payload.GetProperty("contacts")[0].GetProperty("name").GetString());
                Assert.Equal(language, payload.GetProperty("language").GetString());
                var raw = payload.GetRawText();
                Assert.DoesNotContain(language == "vi" ? "túi" : "包", raw, StringComparison.Ordinal);
                Assert.DoesNotContain("regular_guest", raw, StringComparison.Ordinal);
            })
            .RunAsync();

    [Fact]
    public Task LostBag_EnglishWantsMoneyForIt_ClassifiesAccusatoryWithoutAsking() =>
        Transcript.For(fixture.Runner)
            .Send("A regular guest is furious, his bag was lost at the desk and he wants money for it")
            .AssertReply(reply => Advice.Is(reply, fixture.Label("accusatory", "en"), "Say now:"))
            .AssertExplanation(e => Assert.Contains("complaint.lost_property", e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("The guest is shouting at the desk, his bag is lost and he wants money", "Say now:", "Get a written list of the contents")]
    [InlineData("Khách la ở quầy vì mất vali, đòi tiền", "Nói ngay:", "Lấy danh sách đồ bên trong")]
    [InlineData("客人在前台大喊，他的行李不见了，要我们赔钱", "现在就说：", "书面列出物品清单")]
    public Task LostBag_ShoutingGuestWantsMoney_LostPropertyStepsOnTheCard(string message, string sayNow, string lostPropertyStep) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.Contains(reply.Card!.Sections.SelectMany(s => s.Lines), line => line.Contains(lostPropertyStep, StringComparison.Ordinal));
                Advice.Cites(reply, "H-12");
            })
            .AssertExplanation(e => Assert.Contains("complaint.lost_property", e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("A regular is complaining in front of his friends that we put fruit in his room he didn't want", "en", "Say now:")]
    [InlineData("Khách quen phàn nàn trước mặt bạn bè rằng chúng tôi để trái cây trong phòng", "vi", "Nói ngay:")]
    [InlineData("老客人当着朋友的面批评我们在房间放了水果", "zh", "现在就说：")]
    public Task FruitInTheRoom_RegularInFrontOfFriends_TwoQuestionsThenCritical(string message, string language, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertQuestion("angry", "upset", "calm", "happy")
            .Press("upset")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("critical", language), sayNow);
                Advice.Cites(reply, "H-13");
                Assert.DoesNotContain(Advice.Escalate, Advice.Buttons(reply));
            })
            .AssertExplanation(e =>
            {
                Assert.Equal("critical", e.Classification);
                Assert.Contains("complaint.face_saving", e.RuleIds);
            })
            .RunAsync();

    [Fact]
    public Task WifesName_HappyLongStayGuestSuggests_ConstructiveWithoutQuestions() =>
        Transcript.For(fixture.Runner)
            .Send("Khách ở dài ngày rất vui và góp ý nhân viên nên chào vợ anh ấy bằng tên")
            .AssertReply(reply =>
            {
                Advice.Is(reply, fixture.Label("constructive", "vi"), "Nói ngay:");
                Advice.Cites(reply, "H-14");
            })
            .RunAsync();

    [Fact]
    public Task WifesName_Chinese_ConstructiveAtOnce() =>
        Transcript.For(fixture.Runner)
            .Send("长住客人心情很好，建议员工称呼他太太的名字")
            .AssertReply(reply => Advice.Is(reply, fixture.Label("constructive", "zh"), "现在就说："))
            .AssertExplanation(e => Assert.Equal("constructive", e.Classification))
            .RunAsync();

    [Theory]
    [InlineData("At the banquet a waiter spilled wine on a guest and the manager said they are interns", "Never say", "fruit")]
    [InlineData("Trong bữa tiệc, phục vụ làm đổ rượu lên người khách và quản lý nói họ là thực tập sinh", "Tuyệt đối không nói", "trái cây")]
    [InlineData("宴会上服务员把酒洒到客人身上，经理说他们是实习生", "千万别说", "水果")]
    public Task SpilledWine_ManagerBlamesInterns_WarnsAgainstExcusesAndCitesH16(string message, string neverSay, string fruit) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertQuestion("angry", "upset")
            .Press("upset")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply =>
            {
                Assert.NotEmpty(Advice.Section(reply, neverSay));
                Advice.Cites(reply, "H-16");

                // The fruit in the room is another case (H-13): nothing on the wine card talks about fruit.
                Assert.DoesNotContain(reply.Card!.Sections.SelectMany(s => s.Lines), l => l.Contains(fruit, StringComparison.OrdinalIgnoreCase));
            })
            .AssertExplanation(e => Assert.Contains("complaint.staff_excuse", e.RuleIds))
            .RunAsync();

    [Fact]
    public Task WakeUpCall_GuestClaimsLosses_AsksForTheLogThenExplainsTheHotelDidItsDuty() =>
        Transcript.For(fixture.Runner)
            .Send("Guest says he missed his wake-up call and lost a trade, wants compensation")
            .AssertQuestion("true", "false")
            .Press("true")
            .AssertReply(reply => Advice.Cites(reply, "H-17"))
            .AssertExplanation(e =>
            {
                Assert.Contains("complaint.wake_up_call.made", e.RuleIds);
                Assert.Contains(e.Rules, r => r.MatchedFacts.Contains("wake_up_call_logged=true"));
            })
            .RunAsync();
}
