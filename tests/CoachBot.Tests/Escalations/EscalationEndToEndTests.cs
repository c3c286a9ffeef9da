using CoachBot.Tests.Support;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// The whole flow with the coaching bot: a staffer describes an angry guest, presses "Call the duty manager" on the
/// advice card, the duty desk gets the card (without the guest story), is reminded while nobody answers, and a
/// manager's acknowledgement reaches the staffer.
/// </summary>
public sealed class EscalationEndToEndTests
{
    private const string Complaint = "The guest is shouting at the desk, his bag is lost and he wants money";

    [Fact]
    public async Task CallDutyManager_FromAdviceCard_DeskCardWithoutGuestStoryThenReminderThenAcknowledged()
    {
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        await hotel.RegisterDeskAsync();
        var chat = new Transcript(hotel.Staff);
        var advice = await AdviceAsync(chat, await chat.Says(Complaint).Replies);

        await chat.Presses(advice, "Call the duty manager").Replies;

        var card = Assert.Single(hotel.DeskCards);
        var cardJson = card.Activity.ToJsonString();
        foreach (var word in new[] { "shouting", "bag", "money" })
        {
            Assert.DoesNotContain(word, cardJson, StringComparison.OrdinalIgnoreCase);
        }

        var facts = EscalationHarness.FactsOf(card);
        Assert.Equal("accusatory", facts["Situation"]);
        Assert.Contains("complaint.accusatory.classify", facts["Rules"], StringComparison.Ordinal);
        Assert.Contains("the duty desk has your escalation", hotel.StaffNotes[^1], StringComparison.Ordinal);

        // The sample hotel's policy reminds after 10 minutes; at 15:30 in Ho Chi Minh City the supervisor is next.
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(10));
        var reminder = hotel.DeskCards[^1];
        Assert.Contains("Next on the roster: Hoa (supervisor)", reminder.Text, StringComparison.Ordinal);

        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, reminder);

        Assert.Equal("Mai acknowledged your escalation and is on the way.", hotel.StaffNotes[^1]);
    }

    [Fact]
    public async Task CallDutyManager_PressRedelivered_DeskGetsOneCard()
    {
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        await hotel.RegisterDeskAsync();
        var chat = new Transcript(hotel.Staff);
        var advice = await AdviceAsync(chat, await chat.Says(Complaint).Replies);
        var press = hotel.Staff.Message(null).Set("value", new System.Text.Json.Nodes.JsonObject { ["choice"] = advice.SubmitValueOf("Call the duty manager") });

        // Teams sends the same activity again when it did not get the first answer in time.
        await hotel.Staff.SendAsync(press);
        await hotel.Staff.SendAsync(press);

        Assert.Single(hotel.DeskCards);
    }

    /// <summary>Answers the bot's fact questions with their first button until the advice card arrives.</summary>
    private static async Task<BotMessage> AdviceAsync(Transcript chat, IReadOnlyList<BotMessage> replies)
    {
        for (var i = 0; i < 3 && !replies[^1].Buttons.Contains("Call the duty manager"); i++)
        {
            replies = await chat.Presses(replies[^1], replies[^1].Buttons[0]).Replies;
        }

        Assert.Contains("Call the duty manager", replies[^1].Buttons);
        return replies[^1];
    }
}
