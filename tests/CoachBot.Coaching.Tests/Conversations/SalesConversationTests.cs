using CoachBot.Coaching.Tests.Conversations.Support;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Objections and the lost account (H-10), in English, Vietnamese and Chinese.</summary>
public sealed class SalesConversationTests(CoachingFixture fixture) : IClassFixture<CoachingFixture>
{
    [Theory]
    [InlineData("The client says our price is too high", "Say now:")]
    [InlineData("客户说我们的价格太贵了", "现在就说：")]
    public Task PriceObjection_GivesALineAQuestionAndWhatToAvoid(string message, string sayNow) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertReply(reply =>
            {
                Advice.Is(reply, null, sayNow);
                Assert.True(reply.Card!.Sections.Count >= 2);
                Advice.Cites(reply, "P-08");
            })
            .AssertExplanation(e => Assert.Equal(["objection.price"], e.RuleIds))
            .RunAsync();

    [Fact]
    public Task PriceObjection_Vietnamese_PriceAdviceAtOnce() =>
        Transcript.For(fixture.Runner)
            .Send("Khách hàng nói giá của chúng ta quá đắt")
            .AssertReply(reply => Advice.Is(reply, null, "Nói ngay:"))
            .AssertExplanation(e => Assert.Contains("objection.price", e.RuleIds))
            .RunAsync();

    [Theory]
    [InlineData("Chúng tôi mất hội nghị 40 phòng vào tay khách sạn gần hơn")]
    [InlineData("我们丢了一个40间房的会议，被离他们更近的酒店抢走了")]
    public Task LostConference_AsksWhyAndWhoDecidesThenGivesTheH10Plan(string message) =>
        Transcript.For(fixture.Runner)
            .Send(message)
            .AssertQuestion("true", "false")
            .Press("true")
            .AssertQuestion("true", "false")
            .Press("true")
            .AssertReply(reply =>
            {
                Assert.NotNull(reply.Card);
                Advice.Cites(reply, "H-10");
            })
            .AssertExplanation(e => Assert.Equal(["lost_account.meeting"], e.RuleIds))
            .RunAsync();

    [Fact]
    public Task LostConference_ReasonUnknown_GivesTheInvestigationPlan() =>
        Transcript.For(fixture.Runner)
            .Send("我们输掉了一个40间房的会议订单")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertQuestion("true", "false")
            .Press("false")
            .AssertReply(reply => Advice.Cites(reply, "H-10"))
            .AssertExplanation(e => Assert.Equal(["lost_account.plan"], e.RuleIds))
            .RunAsync();
}
