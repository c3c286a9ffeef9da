namespace CoachBot.Tests.Escalations;

/// <summary>
/// "Call security" (an injury, a threat, a fire): the card still goes to the duty desk, the only registered
/// target, but it says security is needed, and everything the staffer is told names security, never "the duty
/// manager", so nobody phones the wrong person in an emergency.
/// </summary>
public sealed class EscalationSecurityTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Escalate_SecurityTarget_DeskCardSaysSecurityNeededAndStafferToldSecurityIsCalled()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        await hotel.EscalateAsync(SecurityPayload());

        var card = Assert.Single(hotel.DeskCards);
        Assert.StartsWith("Security needed", card.Text, StringComparison.Ordinal);
        Assert.Equal("Immediate", EscalationHarness.FactsOf(card)["Urgency"]);
        var note = Assert.Single(hotel.StaffNotes);
        Assert.StartsWith("Calling security through the duty desk now", note, StringComparison.Ordinal);
        Assert.DoesNotContain("manager", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_SecurityTargetAndNoDesk_StafferToldToPhoneSecurity()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();

        await hotel.EscalateAsync(SecurityPayload());

        var note = Assert.Single(hotel.StaffNotes);
        Assert.Contains("Call security by phone now", note, StringComparison.Ordinal);
        Assert.DoesNotContain("duty manager", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_SecurityTargetNobodyAcknowledges_ReminderSaysSecurityThenStafferToldToPhoneSecurity()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        await hotel.EscalateAsync(SecurityPayload());

        for (var i = 0; i < 4; i++)
        {
            await hotel.AdvanceAsync(10 * Minute);
        }

        Assert.StartsWith("Reminder 1: security still needed", hotel.DeskCards[1].Text, StringComparison.Ordinal);
        Assert.Equal("Nobody has acknowledged yet — phone security now.", hotel.StaffNotes[^1]);
    }

    private static System.Text.Json.Nodes.JsonObject SecurityPayload()
    {
        var payload = EscalationHarness.Payload(reminderMinutes: 10);
        payload["target"] = "security";
        payload["intent"] = "complaint";
        payload["classification"] = null;
        payload["ruleIds"] = new System.Text.Json.Nodes.JsonArray("safety.injury");
        return payload;
    }
}
