namespace CoachBot.Tests.Escalations;

/// <summary>
/// A staffer coached in Vietnamese or Chinese on a Teams client set to English is told what happened to their
/// escalation in the language they were coached in (carried in the escalation), not the client's English; a
/// payload without a language falls back to the conversation's locale.
/// </summary>
public sealed class EscalationLanguageTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("vi", "kênh trực đã nhận yêu cầu", "Mai đã xác nhận yêu cầu của bạn và đang tới.")]
    [InlineData("zh", "值班频道已收到你的请求", "Mai 已确认你的请求，正在赶来。")]
    [InlineData("zh-Hant", "值班頻道已收到你的請求", "Mai 已確認你的請求，正在趕來。")]
    public async Task Escalate_CoachedInVietnameseOrChineseOnAnEnglishClient_SentAndAcknowledgedNotesInThatLanguage(string language, string sent, string acknowledged)
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        var payload = EscalationHarness.Payload();
        payload["language"] = language;

        await hotel.EscalateAsync(payload);
        Assert.Contains(sent, Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
        await hotel.PressAcknowledgeAsync("Mai", EscalationHarness.ManagerAad, Assert.Single(hotel.DeskCards));

        Assert.Equal(acknowledged, hotel.StaffNotes[^1]);
    }

    [Fact]
    public async Task Escalate_VietnameseAndNobodyAcknowledges_ToldToPhoneInVietnamese()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        var payload = EscalationHarness.Payload(reminderMinutes: 10);
        payload["language"] = "vi";
        await hotel.EscalateAsync(payload);

        for (var i = 0; i < 4; i++)
        {
            await hotel.AdvanceAsync(10 * Minute);
        }

        Assert.StartsWith("Vẫn chưa có ai xác nhận", hotel.StaffNotes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_ChineseAndNoDeskRegistered_ToldToPhoneInChinese()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        var payload = EscalationHarness.Payload();
        payload["language"] = "zh";

        await hotel.EscalateAsync(payload);

        Assert.StartsWith("还没有登记值班频道", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_PayloadWithoutLanguage_NoteInTheConversationsLocale()
    {
        using var hotel = new EscalationHarness();
        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        var payload = EscalationHarness.Payload();
        payload.Remove("language");

        await hotel.EscalateAsync(payload);

        Assert.Contains("the duty desk has your escalation", Assert.Single(hotel.StaffNotes), StringComparison.Ordinal);
    }
}
