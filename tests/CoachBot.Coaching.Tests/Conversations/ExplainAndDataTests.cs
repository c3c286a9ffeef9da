using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>"Why?", feedback, "forget my data", help and welcome.</summary>
public sealed class ExplainAndDataTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    private const string LostBag = "Khách quen rất tức giận vì mất túi để ở quầy lễ tân, đòi bồi thường tiền";

    [Theory]
    [InlineData(LostBag, "vi", "Khách khiếu nại gay gắt, vì ", "khách đòi bồi thường", "Tình huống 1: khách khiếu nại gay gắt")]
    [InlineData("The guest is shouting at the desk, his bag is lost and he wants money", "en", "Accusatory complaint, because ", "the guest wants compensation", "Case 1: an accusatory complaint")]
    [InlineData("一位老客人非常生氣，他寄存在前台的包丟了，要求賠償現金", "zh-Hant", "控告性客訴，因為", "客人要求賠償", "案例一：控告性客訴")]
    public Task Why_AfterAdvice_SaysTheSituationAndItsReasonsInPeoplesWordsWithTheSourcesInTheReadersLanguage(
        string message, string language, string starts, string reason, string section) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(_ => { })
            .Press("why")
            .AssertReply(reply =>
            {
                Assert.StartsWith(starts, reply.Text, StringComparison.Ordinal);
                Assert.Contains(reason, reply.Text, StringComparison.Ordinal);
                var title = fixture.Knowledge.Sources.Documents.Single(d => d.Id == "003").Title.Get(language);
                var sources = Assert.Single(reply.Card!.Sections).Lines;
                Assert.Contains(sources, l => l.StartsWith("H-12", StringComparison.Ordinal) && l.Contains(title, StringComparison.Ordinal) && l.Contains(section, StringComparison.Ordinal));

                // People's words: no rule ids, no fact=value pairs, and no section title in the document's Chinese for other readers.
                var all = string.Join("\n", [reply.Text, .. sources]);
                Assert.DoesNotMatch(@"[a-z_]+\.[a-z_]+", all);
                Assert.DoesNotContain("=", all, StringComparison.Ordinal);
                if (language != "zh-Hant")
                {
                    Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", all);
                }

                Advice.Cites(reply, "H-12", "H-16");
            })
            .RunAsync();

    [Theory]
    [InlineData("why?")]
    [InlineData("为什么")]
    public Task Why_TypedAfterAdvice_ExplainsTheLastAdvice(string why) =>
        Transcript.For(fixture.Runner)
            .Send("The client says our price is too high")
            .AssertReply(_ => { })
            .Send(why)
            .AssertReply(reply =>
            {
                Assert.DoesNotContain("objection.price", reply.Text, StringComparison.Ordinal);
                Assert.Contains(why == "why?" ? "Objection: the price is too high" : "异议：价格太高", reply.Text, StringComparison.Ordinal);
                Advice.Cites(reply, "P-06");
            })
            .RunAsync();

    [Fact]
    public Task Why_BeforeAnyAdvice_SaysThereIsNothingToExplain() =>
        Transcript.For(fixture.Runner)
            .Send("why")
            .AssertReply(reply => Assert.Null(reply.Card))
            .RunAsync();

    // The host turns the channel's thumbs up / down into these values; the card itself has no feedback buttons.
    [Theory]
    [InlineData("coach:helpful", true)]
    [InlineData("coach:not-helpful", false)]
    public Task ChannelFeedback_EmitsRuleIdsAndVerdictWithoutText(string button, bool helpful) =>
        Transcript.For(fixture.Runner)
            .Send(LostBag)
            .AssertReply(_ => { })
            .Press(button)
            .AssertReply(reply => Assert.Equal("Cảm ơn, đã ghi nhận.", reply.Text))
            .AssertEffect("feedback", payload =>
            {
                Assert.Equal(helpful, payload.GetProperty("helpful").GetBoolean());
                Assert.Contains("complaint.lost_property", payload.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
                Assert.DoesNotContain("túi", payload.GetRawText(), StringComparison.Ordinal);
            })
            .RunAsync();

    [Theory]
    [InlineData("forget my data")]
    [InlineData("Xóa dữ liệu của tôi")]
    [InlineData("xoa du lieu cua toi")]
    [InlineData("删除我的数据")]
    [InlineData("刪除我的資料")]
    public Task ForgetMyData_EmitsForgetUserConfirmsAndDropsTheExplanation(string message) =>
        Transcript.For(fixture.Runner)
            .Send("The client says our price is too high")
            .AssertReply(_ => { })
            .Send(message)
            .AssertReply(reply => Assert.Null(reply.Card))
            .AssertEffect("forget-user", payload =>
            {
                Assert.Equal("user-1", payload.GetProperty("userId").GetString());
                Assert.Equal("aad-user-1", payload.GetProperty("aadObjectId").GetString());
            })
            .AssertState(state => Assert.Null(state.LastExplanation))
            .RunAsync();

    [Fact]
    public Task Help_InVietnamese_ListsWhatTheUserCanType() =>
        Transcript.For(fixture.Runner)
            .Send("trợ giúp")
            .AssertReply(reply => Assert.Contains("xóa dữ liệu của tôi", reply.Text, StringComparison.Ordinal))
            .RunAsync();

    [Fact]
    public async Task Welcome_ChineseLocale_GreetsInChinese()
    {
        var outcome = await fixture.Runner.WelcomeAsync(
            new Dialogs.IncomingTurn("c", "u") { Locale = "zh-CN" }, Dialogs.DialogState.Empty, CancellationToken.None);

        Assert.StartsWith("您好", Assert.Single(outcome.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public Task Greeting_GetsTheWelcomeNotAdvice() =>
        Transcript.For(fixture.Runner)
            .Send("hello")
            .AssertReply(reply =>
            {
                Assert.Null(reply.Card);
                Assert.StartsWith("Hi!", reply.Text, StringComparison.Ordinal);
            })
            .AssertNoEffect("feedback")
            .RunAsync();
}
