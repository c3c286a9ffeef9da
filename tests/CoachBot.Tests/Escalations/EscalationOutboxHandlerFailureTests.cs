using System.Net;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// When the Connector fails, the escalation is kept and retried until the card is delivered exactly once; when
/// the desk cannot be reached at all, the staffer is told to phone instead of waiting for nobody.
/// </summary>
public sealed class EscalationOutboxHandlerFailureTests
{
    [Fact]
    public async Task Handle_Connector503Then429ThenRecovers_CardArrivesOnceAndStafferIsTold()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        hotel.Connector.FailNext(1, HttpStatusCode.ServiceUnavailable);
        await hotel.EscalateAsync();
        Assert.Empty(hotel.DeskCards);

        hotel.Connector.FailNext(1, HttpStatusCode.TooManyRequests, "Throttled", TimeSpan.FromSeconds(3));
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(hotel.DeskCards);

        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Single(hotel.DeskCards);
        Assert.Equal(3, hotel.Connector.Calls.Count(c => c.ConversationId == hotel.DeskId && c.Body?["attachments"] is not null));
        Assert.Contains("the duty desk has your escalation", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster")]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound")]
    public async Task Handle_DeskRefusesTheBot_StafferIsToldToPhoneAndNothingIsRetried(HttpStatusCode status, string errorCode)
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        hotel.Connector.FailNext(1, status, errorCode);
        await hotel.EscalateAsync();
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(30));

        Assert.Empty(hotel.DeskCards);
        Assert.Single(hotel.Connector.Calls, c => c.ConversationId == hotel.DeskId && c.Body?["attachments"] is not null);
        Assert.Contains("I could not reach the duty desk", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ConnectorDownForEveryAttempt_StafferIsToldToPhoneOnTheLastOne()
    {
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["CoachBot:OutboxMaxAttempts"] = "3";
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        hotel.Connector.FailNext(3, HttpStatusCode.ServiceUnavailable);
        await hotel.EscalateAsync();
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(hotel.StaffNotes);
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(hotel.DeskCards);
        Assert.Contains("I could not reach the duty desk", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_StafferNoteFailsAfterTheCard_NoteArrivesLaterAndCardIsNotRepeated()
    {
        using var hotel = new EscalationHarness();
        var flaky = hotel.FailFirstStaffNote();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        await hotel.EscalateAsync();
        Assert.True(flaky.Failed);
        Assert.Empty(hotel.StaffNotes);
        await hotel.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Single(hotel.DeskCards);
        Assert.Contains("the duty desk has your escalation", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }
}
