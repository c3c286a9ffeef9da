namespace CoachBot.Tests.Escalations;

/// <summary>"set duty desk here": only a duty manager or supervisor can choose where escalations go.</summary>
public sealed class EscalationCommandsTests
{
    private const string ManagersOnly = "Only a duty manager or supervisor can do that.";

    [Fact]
    public async Task SetDutyDesk_FrontDeskColleague_IsRefusedAndNoDeskIsRegistered()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();

        var replies = await hotel.SayAtDeskAsync("Binh", EscalationHarness.ColleagueAad, "set duty desk here");
        await hotel.EscalateAsync();

        Assert.Equal(ManagersOnly, Assert.Single(replies).Text);
        Assert.Empty(hotel.DeskCards);
        Assert.Contains("No duty desk is registered", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mai", EscalationHarness.ManagerAad)]
    [InlineData("Hung", EscalationHarness.SupervisorAad)]
    public async Task SetDutyDesk_ManagerMentionsBotInChannel_EscalationsArriveThere(string name, string aadObjectId)
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();

        var replies = await hotel.SayAtDeskAsync(name, aadObjectId, "set duty desk here");
        await hotel.EscalateAsync();

        Assert.Contains("escalations to the duty manager will be posted here", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Single(hotel.DeskCards);
    }

    [Fact]
    public async Task SetDutyDesk_ManagerInVietnamese_ConfirmedInVietnamese()
    {
        using var hotel = new EscalationHarness();

        var replies = await hotel.SayAtDeskAsync("Mai", EscalationHarness.ManagerAad, "đặt bàn trực ở đây");

        Assert.StartsWith("Xong", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
