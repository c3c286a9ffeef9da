using System.Text.Json.Nodes;
using CoachBot.State;

namespace CoachBot.Tests.Escalations;

/// <summary>An escalation reaches the duty desk as one card with the facts and an Acknowledge button, and the staffer is told.</summary>
public sealed class EscalationOutboxHandlerTests
{
    [Theory]
    [InlineData("InMemory")]
    [InlineData("Sqlite")]
    public async Task Handle_DeskRegistered_OneCardWithTheFactsAndTheStafferIsTold(string provider)
    {
        using var hotel = new EscalationHarness(provider);
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();

        await hotel.EscalateAsync();

        var card = Assert.Single(hotel.DeskCards);
        Assert.StartsWith("Duty manager needed", card.Text, StringComparison.Ordinal);
        Assert.Equal(["Acknowledge — I'm on it"], card.Buttons);
        var facts = EscalationHarness.FactsOf(card);
        Assert.Equal("Immediate", facts["Urgency"]);
        Assert.Equal("accusatory", facts["Situation"]);
        Assert.Equal("Alice (front desk)", facts["Staff"]);
        Assert.Equal("complaint.accusatory.classify", facts["Rules"]);
        Assert.Contains("Day duty manager (duty manager)", facts["On duty"], StringComparison.Ordinal);
        // The staffer's one status names who is being called, now that it is true.
        Assert.StartsWith("Calling Day duty manager (duty manager) now: the duty desk has your escalation", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_PayloadCarriesGuestDetails_TheyNeverReachTheChannel()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        var payload = EscalationHarness.Payload();
        payload["guestName"] = "Tran Van Long";
        payload["room"] = "Room 512";
        payload["text"] = "the guest in 512 is shouting, phone 0903 123 456";

        await hotel.EscalateAsync(payload);

        // What the channel shows (the card), not the envelope, whose random conversation ids may hold "512" by chance.
        var cardJson = Assert.Single(hotel.DeskCards).Activity["attachments"]!.ToJsonString();
        Assert.DoesNotContain("Tran", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("512", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("0903", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("shouting", cardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_SameItemDeliveredAgain_CardAndNoteAreNotRepeated()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        var id = await hotel.EscalateAsync();

        // As if the host stopped after sending but before the outbox marked the item delivered.
        var item = new OutboxItem(id, hotel.Staff.ConversationId, EscalationHarness.EscalationKind, EscalationHarness.Payload().ToJsonString(), 0, hotel.Time.GetUtcNow());
        await hotel.Dispatcher.DeliverNowAsync([item], default);
        await hotel.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Single(hotel.DeskCards);
        Assert.Single(hotel.StaffNotes);
    }

    [Fact]
    public async Task Handle_NoDeskRegistered_StafferIsToldToPhone()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();

        await hotel.EscalateAsync();

        var note = Assert.Single(hotel.StaffNotes);
        Assert.Contains("Phone Day duty manager (duty manager) now", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Calling", note, StringComparison.Ordinal);
        Assert.DoesNotContain(hotel.Connector.Calls, c => c.Body?["attachments"] is JsonArray);
    }

    [Fact]
    public async Task Handle_VietnameseStafferAndDesk_EachReadTheirOwnLanguage()
    {
        using var hotel = new EscalationHarness();
        using var staff = new Support.BotClient(hotel.Host.CreateClient(), hotel.Connector) { ExpectReplies = false, Locale = "vi-VN" };
        await staff.SendAsync("xin chào");
        await hotel.RegisterDeskAsync();

        // A payload that does not say which language the staffer was coached in: their conversation's locale decides.
        var payload = EscalationHarness.Payload();
        payload.Remove("language");
        await hotel.Store.EnqueueOutboxAsync(staff.ConversationId, new NewOutboxItem(EscalationHarness.EscalationKind, payload.ToJsonString()), default);
        await hotel.Dispatcher.DeliverDueAsync(default);

        var note = Assert.Single(hotel.Connector.DeliveredTo(staff.ConversationId), c => c.Body?["replyToId"] is null);
        Assert.StartsWith("Đang gọi Day duty manager (quản lý ca): kênh trực đã nhận yêu cầu", note.Message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Duty manager needed", Assert.Single(hotel.DeskCards).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_StafferChatGoneMeanwhile_TheDeskIsStillAlerted()
    {
        using var hotel = new EscalationHarness();
        await hotel.RegisterDeskAsync();

        await hotel.Store.EnqueueOutboxAsync("a:bot-removed-since", new NewOutboxItem(EscalationHarness.EscalationKind, EscalationHarness.Payload().ToJsonString()), default);
        await hotel.Dispatcher.DeliverDueAsync(default);

        var facts = EscalationHarness.FactsOf(Assert.Single(hotel.DeskCards));
        Assert.Equal("front desk", facts["Staff"]);
    }
}
