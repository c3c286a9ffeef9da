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
        Assert.Equal(["Why?", "Call the duty manager", "Helpful", "Not helpful"], advice.Buttons);
        Assert.Contains("H-12", advice.Activity.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_AfterAdvice_ListsFiredRulesAndTheirDocuments()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        await AnswerQuestionsAsync(chat, await chat.Says("The guest is shouting at the desk, his bag is lost and he wants money").Replies);

        var why = Assert.Single(await client.SendAsync("why")).Activity.ToJsonString();

        Assert.Contains("complaint.accusatory.classify", why, StringComparison.Ordinal);
        Assert.Contains("Hotel all-staff marketing", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallDutyManager_NoDeskRegistered_StafferIsToldToPhone()
    {
        using var client = fixture.Host.NewChat();
        var chat = new Transcript(client);
        var advice = await AnswerQuestionsAsync(chat, await chat.Says("The guest is shouting at the desk, his bag is lost and he wants money").Replies);

        await chat.Presses(advice, "Call the duty manager").Replies;

        var notes = fixture.Host.Connector.DeliveredTo(client.ConversationId);
        Assert.Contains(notes, call => call.Body?.ToJsonString().Contains("Call the duty manager by phone now", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Vietnamese_WithoutDiacritics_AnsweredInVietnamese()
    {
        using var client = fixture.Host.NewChat();

        var replies = await client.SendAsync("khach dang rat gian vi mat hanh ly, doi den tien");

        Assert.Contains(replies, r => r.Text.Contains("khách", StringComparison.OrdinalIgnoreCase) || r.Text.Contains("Khách", StringComparison.Ordinal));
    }

    /// <summary>Answers the bot's fact questions with their first button until the advice card arrives.</summary>
    private static async Task<BotMessage> AnswerQuestionsAsync(Transcript chat, IReadOnlyList<BotMessage> replies)
    {
        for (var i = 0; i < 3; i++)
        {
            var last = replies[^1];
            if (last.Buttons.Contains("Why?"))
            {
                return last;
            }

            replies = await chat.Presses(last, last.Buttons[0]).Replies;
        }

        throw new Xunit.Sdk.XunitException("The bot kept asking questions instead of giving advice.");
    }
}
