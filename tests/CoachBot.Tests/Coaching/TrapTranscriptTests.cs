using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Trap questions through the real endpoint: asking whether to do what the documents warn against gets "no" and why
/// as the card's first slot (its headline), cited, in English, Vietnamese and Chinese; the same words told as a past
/// mistake are not answered "no".
/// </summary>
public sealed class TrapTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "Can I tell the prospect their hotel has bad reviews?", "No.", "W-06")]
    [InlineData("vi", "Em nói xấu khách sạn bên kia với khách được không?", "Không nên.", "W-06")]
    [InlineData("zh", "我可以跟客户说他们现在那家酒店评价很差吗？", "不要。", "W-06")]
    [InlineData("en", "Should I tell the guest we are almost empty so he books?", "No.", "H-18")]
    [InlineData("vi", "Có nên nói với khách là khách sạn đang vắng để khách chịu đặt không?", "Không nên.", "H-18")]
    [InlineData("zh", "要不要告诉客人今晚酒店很空，好让他订？", "不要。", "H-18")]
    [InlineData("en", "Should I just give the guest all my discount authority at once?", "No.", "H-18")]
    [InlineData("vi", "Có nên giảm hết mức một lần cho khách luôn không?", "Không nên.", "H-18")]
    [InlineData("zh", "要不要一次把折扣全给他？", "不要。", "H-18")]
    [InlineData("en", "The guest missed a deal after the wake-up call, should we pay for his loss?", "No.", "H-17")]
    [InlineData("vi", "Khách lỡ hợp đồng vì báo thức, có nên bồi thường thiệt hại cho khách không?", "Không.", "H-17")]
    [InlineData("zh", "客人说叫醒电话让他错过了生意，要不要赔他的损失？", "不赔。", "H-17")]
    [InlineData("en", "Should I leave the proposal with them so they can compare?", "No.", "W-03")]
    [InlineData("en", "Should I open the meeting with our best rates?", "No.", "W-03")]
    [InlineData("en", "Is it a good idea to start with our company brochure?", "No.", "W-03")]
    [InlineData("en", "Should I ask: if we could beat their rate, any reason not to work with us?", "No.", "W-03")]
    [InlineData("zh", "见面一开始就报最低价可以吗？", "不要。", "W-03")]
    [InlineData("vi", "Có nên để lại báo giá cho khách so sánh không?", "Không nên.", "W-03")]
    public async Task TrapQuestion_AnsweredNoBecauseAsTheFirstSlotAndCited(string language, string message, string no, string source)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync(message));

        // Advice (a guest trap's "Say now", a sales trap's Wedge "Ask") under a headline that says no and why.
        Assert.StartsWith(no, Card.Title(reply), StringComparison.Ordinal);
        Assert.NotEmpty(Card.Text(reply));
        Assert.Contains(ui.Why, reply.Buttons);
        Assert.Contains(ui.More, reply.Buttons);
        Assert.Equal(source, Card.SourceIds(reply)[0]);
    }

    [Theory]
    [InlineData("I met the bank and led with our rates, they said they'll compare with their current bank", "No.")]
    [InlineData("Tôi đã gặp ngân hàng và mở đầu bằng giá, họ nói sẽ so sánh với ngân hàng hiện tại", "Không nên.")]
    public async Task PastMistake_NotAQuestion_IsNotAnsweredNo(string message, string no)
    {
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync(message));

        Assert.False(Card.Title(reply)?.StartsWith(no, StringComparison.Ordinal) ?? false, Card.Title(reply));
    }
}
