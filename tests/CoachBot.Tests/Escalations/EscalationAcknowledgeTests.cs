namespace CoachBot.Tests.Escalations;

/// <summary>Acknowledge on the duty desk card: only a manager's press counts, it is recorded once, and the staffer hears who is coming.</summary>
public sealed class EscalationAcknowledgeTests
{
    [Fact]
    public async Task Acknowledge_FrontDeskColleaguePresses_RefusedAndNothingRecorded()
    {
        using var hotel = await EscalatedAsync();
        var card = Assert.Single(hotel.DeskCards);

        var refused = await hotel.PressAcknowledgeAsync("Binh", EscalationHarness.ColleagueAad, card);
        var managerPress = await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, card);

        Assert.Equal("Only a duty manager or supervisor can do that.", Assert.Single(refused).Text);
        Assert.DoesNotContain(hotel.StaffNotes, n => n.Contains("Binh", StringComparison.Ordinal));

        // Had Binh's press been recorded, Mai would be told it was already acknowledged.
        Assert.Equal("Acknowledged by Mai. The staffer has been told.", Assert.Single(managerPress).Text);
    }

    [Fact]
    public async Task Acknowledge_DutyManagerPresses_StafferHearsWhoIsComing()
    {
        using var hotel = await EscalatedAsync();

        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, Assert.Single(hotel.DeskCards));

        Assert.Equal("Mai acknowledged your escalation and is on the way.", hotel.StaffNotes[^1]);
    }

    [Fact]
    public async Task Acknowledge_DutyManagerPresses_DeskCardIsReplacedWithWhoAndWithoutItsButton()
    {
        using var hotel = await EscalatedAsync();
        var posted = Assert.Single(hotel.Connector.Calls, c => c.Method == HttpMethod.Post && c.Body?.ToJsonString().Contains("escalationAck", StringComparison.Ordinal) == true);

        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, Assert.Single(hotel.DeskCards));

        var update = Assert.Single(hotel.Connector.Calls, c => c.Method == HttpMethod.Put);
        Assert.Equal(posted.ConversationId, update.ConversationId);
        Assert.Empty(update.Message.Buttons);
        Assert.Contains("Acknowledged by Mai", update.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_PressedAgainBySupervisor_AlreadyAcknowledgedAndStafferToldOnce()
    {
        using var hotel = await EscalatedAsync();
        var card = Assert.Single(hotel.DeskCards);
        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, card);

        var again = await hotel.PressAcknowledgeAsync("Hung", EscalationHarness.SupervisorAad, card);

        Assert.Equal("This escalation was already acknowledged by Mai.", Assert.Single(again).Text);
        Assert.Single(hotel.StaffNotes, n => n.Contains("acknowledged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Acknowledge_ConnectorDownWhenPressed_StafferIsStillToldOnceItRecovers()
    {
        using var hotel = await EscalatedAsync();
        hotel.Connector.FailWith(System.Net.HttpStatusCode.ServiceUnavailable);

        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, Assert.Single(hotel.DeskCards));
        hotel.Connector.Recover();
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("Mai acknowledged your escalation and is on the way.", hotel.StaffNotes[^1]);
    }

    private static async Task<EscalationHarness> EscalatedAsync()
    {
        var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        await hotel.EscalateAsync();
        return hotel;
    }
}
