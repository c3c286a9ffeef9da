using CoachBot.Coaching.Conversations;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// Nobody acknowledges: the duty desk is reminded after the policy's minutes, each time naming the next person on
/// the roster, a bounded number of times, and then the staffer is told to phone. An acknowledgement stops it all.
/// </summary>
public sealed class EscalationReminderHandlerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Remind_NobodyAcknowledges_NamesTheNextOnTheRosterThenTellsTheStafferToPhone()
    {
        using var hotel = await EscalatedAsync(EscalationHarness.Payload(reminderMinutes: 10));

        await hotel.AdvanceAsync(9 * Minute);
        Assert.Single(hotel.DeskCards);

        await hotel.AdvanceAsync(Minute);
        var first = hotel.DeskCards[^1];
        Assert.Equal(2, hotel.DeskCards.Count);
        Assert.Contains("Next on the roster: Front office supervisor (supervisor)", first.Text, StringComparison.Ordinal);
        Assert.Equal(["Acknowledge — I'm on it"], first.Buttons);

        await hotel.AdvanceAsync(10 * Minute);
        Assert.Contains("Next on the roster: Night duty manager (duty manager)", hotel.DeskCards[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(hotel.StaffNotes, n => n.Contains("Nobody has acknowledged", StringComparison.Ordinal));

        await hotel.AdvanceAsync(10 * Minute);
        await hotel.AdvanceAsync(20 * Minute);

        Assert.Equal(3, hotel.DeskCards.Count);
        Assert.Equal("Nobody has acknowledged yet — phone the duty manager now.", hotel.StaffNotes[^1]);
        Assert.Single(hotel.StaffNotes, n => n.StartsWith("Nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remind_AcknowledgedBeforeItIsDue_NoReminderAndNoPhoneAdvice()
    {
        using var hotel = await EscalatedAsync(EscalationHarness.Payload(reminderMinutes: 10));

        await hotel.AdvanceAsync(3 * Minute);
        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, Assert.Single(hotel.DeskCards));
        await hotel.AdvanceAsync(10 * Minute);
        await hotel.AdvanceAsync(10 * Minute);

        Assert.Single(hotel.DeskCards);
        Assert.DoesNotContain(hotel.StaffNotes, n => n.Contains("Nobody has acknowledged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remind_AcknowledgeOnTheReminderCard_StafferToldAndRemindersStop()
    {
        using var hotel = await EscalatedAsync(EscalationHarness.Payload(reminderMinutes: 10));
        await hotel.AdvanceAsync(10 * Minute);

        await hotel.PressAcknowledgeAsync("Hung", EscalationHarness.SupervisorAad, hotel.DeskCards[^1]);
        await hotel.AdvanceAsync(10 * Minute);
        await hotel.AdvanceAsync(10 * Minute);

        Assert.Equal(2, hotel.DeskCards.Count);
        Assert.Equal("Hung acknowledged your escalation and is on the way.", hotel.StaffNotes[^1]);
    }

    [Fact]
    public async Task Remind_PayloadWithoutReminderMinutes_UsesTheConfiguredDefault()
    {
        var payload = EscalationHarness.Payload();
        payload.Remove("reminderMinutes");
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["Escalations:DefaultReminderMinutes"] = "7";
        await EscalateAsync(hotel, payload);

        await hotel.AdvanceAsync(6 * Minute);
        Assert.Single(hotel.DeskCards);
        await hotel.AdvanceAsync(Minute);

        Assert.Equal(2, hotel.DeskCards.Count);
    }

    [Fact]
    public async Task Remind_OnlyOnePersonOnDuty_OneReminderNamingThemThenTheStafferIsTold()
    {
        using var hotel = await EscalatedAsync(EscalationHarness.Payload(5, new EscalationContact("Day duty manager", "duty_manager")));

        await hotel.AdvanceAsync(5 * Minute);
        await hotel.AdvanceAsync(5 * Minute);
        await hotel.AdvanceAsync(5 * Minute);

        Assert.Equal(2, hotel.DeskCards.Count);
        Assert.Contains("Day duty manager", hotel.DeskCards[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Nobody has acknowledged", hotel.StaffNotes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_ConnectorDownAtReminderTime_ReminderArrivesOnceWhenItRecovers()
    {
        using var hotel = await EscalatedAsync(EscalationHarness.Payload(reminderMinutes: 10));
        hotel.Connector.FailWith(System.Net.HttpStatusCode.ServiceUnavailable);

        await hotel.AdvanceAsync(10 * Minute);
        hotel.Connector.Recover();
        await hotel.AdvanceAsync(Minute);
        await hotel.AdvanceAsync(Minute);

        Assert.Equal(2, hotel.DeskCards.Count);
        Assert.Contains("Front office supervisor", hotel.DeskCards[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_DeskUnreachableForEveryAttempt_StafferIsToldToPhone()
    {
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["CoachBot:OutboxMaxAttempts"] = "2";
        await EscalateAsync(hotel, EscalationHarness.Payload(reminderMinutes: 10));
        hotel.Connector.FailNext(2, System.Net.HttpStatusCode.ServiceUnavailable);

        await hotel.AdvanceAsync(10 * Minute);
        await hotel.AdvanceAsync(Minute);

        Assert.Single(hotel.DeskCards);
        Assert.Contains("I could not reach the duty desk", hotel.StaffNotes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_SqliteStore_RemindsAfterTheWaitAndStopsWhenAcknowledged()
    {
        using var hotel = new EscalationHarness("Sqlite");
        await EscalateAsync(hotel, EscalationHarness.Payload(reminderMinutes: 10));

        await hotel.AdvanceAsync(10 * Minute);
        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, hotel.DeskCards[^1]);
        await hotel.AdvanceAsync(30 * Minute);

        Assert.Equal(2, hotel.DeskCards.Count);
        Assert.Equal("Mai acknowledged your escalation and is on the way.", hotel.StaffNotes[^1]);
    }

    private static async Task<EscalationHarness> EscalatedAsync(System.Text.Json.Nodes.JsonObject payload)
    {
        var hotel = new EscalationHarness();
        await EscalateAsync(hotel, payload);
        return hotel;
    }

    private static async Task EscalateAsync(EscalationHarness hotel, System.Text.Json.Nodes.JsonObject payload)
    {
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        await hotel.EscalateAsync(payload);
    }
}
