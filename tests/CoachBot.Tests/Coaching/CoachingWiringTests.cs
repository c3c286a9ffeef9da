using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>The coaching bot behind the real endpoint: a complaint from first message to advice, "why" and escalation.</summary>
public sealed class CoachingWiringTests(CoachingBotFixture fixture) : IClassFixture<CoachingBotFixture>
{
    [Fact]
    public async Task LostBag_AngryGuestWantsMoney_AccusatoryAdviceWithButtonsAndCitations()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);

        var replies = await chat.Says("The guest is shouting at the desk, his bag is lost and he wants money").Replies;
        var advice = await AnswerQuestionsAsync(chat, replies);

        Assert.Contains("Say now", advice.Text, StringComparison.Ordinal);
        Assert.Contains("Accusatory", advice.Text, StringComparison.Ordinal);
        Assert.Equal(["Call the duty manager", "Why?", "More"], advice.Buttons);
        Assert.Contains("H-12", advice.Activity.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_AfterAdvice_ListsFiredRulesAndTheirDocuments()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await AnswerQuestionsAsync(chat, await chat.Says("The guest is shouting at the desk, his bag is lost and he wants money").Replies);

        var why = Assert.Single(await client.SendAsync("why")).Activity.ToJsonString();

        Assert.Contains("Accusatory complaint, because", why, StringComparison.Ordinal);
        Assert.Contains("Hotel all-staff marketing", why, StringComparison.Ordinal);
        Assert.DoesNotContain("complaint.accusatory.classify", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallDutyManager_NoDeskRegistered_StafferIsToldToPhone()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        var advice = await AnswerQuestionsAsync(chat, await chat.Says("The guest is shouting at the desk, his bag is lost and he wants money").Replies);

        await chat.Presses(advice, "Call the duty manager").Replies;

        var notes = fixture.Host.Connector.DeliveredTo(client.ConversationId);
        var status = Assert.Single(notes, call => call.Body?.ToJsonString().Contains("No duty desk is registered", StringComparison.Ordinal) == true);
        Assert.Contains("Phone ", status.Body!.ToJsonString(), StringComparison.Ordinal); // whoever the roster has on duty now
        Assert.DoesNotContain(notes, call => call.Body?.ToJsonString().Contains("Calling", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Vietnamese_WithoutDiacritics_AnsweredInVietnamese()
    {
        using var client = fixture.Host.NewChat();

        var replies = await client.SendAsync("khach dang rat gian vi mat hanh ly, doi den tien");

        Assert.Contains(replies, r => r.Text.Contains("khách", StringComparison.OrdinalIgnoreCase) || r.Text.Contains("Khách", StringComparison.Ordinal));
    }

    /// <summary>The first reply is the advice card: no question comes before it.</summary>
    private static Task<BotMessage> AnswerQuestionsAsync(Transcript chat, IReadOnlyList<BotMessage> replies)
    {
        _ = chat;
        var advice = Assert.Single(replies);
        Assert.Contains("Why?", advice.Buttons);
        return Task.FromResult(advice);
    }
}
