namespace CoachBot.Coaching.Tests.Recognition;

public sealed class EmergencyTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("a guest slipped and fell by the pool and is bleeding", "injury")]
    [InlineData("khách bị ngã cầu thang, chảy máu nhiều", "injury")]
    [InlineData("drunk guest is threatening the night auditor with a knife", "threat")]
    [InlineData("khach doa danh nhan vien le tan", "threat")]
    [InlineData("客人在大堂威胁要打人", "threat")]
    [InlineData("there is smoke coming from room 512, fire alarm going off", "fire")]
    [InlineData("phòng 305 đang bốc cháy", "fire")]
    [InlineData("厨房着火了", "fire")]
    [InlineData("Fire in the kitchen!", "fire")]
    [InlineData("there's a fire on the third floor", "fire")]
    [InlineData("the curtains in 410 caught fire", "fire")]
    [InlineData("guest collapsed in the restaurant, not breathing", "medical")]
    [InlineData("khách ngất xỉu ở sảnh", "medical")]
    [InlineData("客人突然晕倒了", "medical")]
    [InlineData("客人突然暈倒了", "medical")]
    public void Recognise_Emergency_DetectedWithoutClarification(string text, string kind)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("emergency", out var emergency));
        Assert.Equal(kind, emergency.Symbol);
        Assert.Null(result.Clarification);
    }

    [Theory]
    [InlineData("no one was hurt, the guest just wants a refund")]
    [InlineData("không ai bị thương, khách chỉ đòi hoàn tiền")]
    [InlineData("没有人受伤，客人只是要退款")]
    public void Recognise_NegatedInjury_NoEmergency(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.False(result.Facts.TryGet("emergency", out var emergency) && emergency.Symbol == "injury");
    }

    [Theory]
    [InlineData("Fire in the kitchen!")]
    [InlineData("厨房着火了")]
    public void Recognise_FireAlone_ComplaintSoTheDialogRoutesSafetyFirst(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("complaint", result.Intent);
        Assert.Null(result.Clarification);
    }

    [Theory]
    [InlineData("the guest wants us to fire him", true)]
    [InlineData("he says we should fire our night manager", true)]
    [InlineData("she wants the waiter fired", true)]
    [InlineData("my team is fired up about the new incentives", false)]
    public void Recognise_FireAsAVerb_NoEmergency(string text, bool punishment)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.False(result.Facts.TryGet("emergency", out _), "no emergency");
        Assert.Equal(punishment, result.Facts.TryGet("demands_punishment", out var p) && p.IsTrue);
    }

    [Theory]
    [InlineData("guest threatening to post everywhere online unless we refund the whole stay")]
    [InlineData("he threatened to leave a one-star review")]
    [InlineData("couple unhappy the room smells of smoke, they just want it sorted")]
    [InlineData("non-smoking room but it smells like smoke")]
    public void Recognise_ThreatOfAReviewOrASmokySmell_NoEmergency(string text)
    {
        // A bad review is no threat to anyone's safety, a stale smell no fire: the complaint card, not the safety one.
        var result = fixture.Recogniser.Recognise(text);

        Assert.False(result.Facts.TryGet("emergency", out var emergency) && emergency.Symbol != "none", $"read as {emergency.Symbol}");
        Assert.Equal("complaint", result.Intent);
    }
}
