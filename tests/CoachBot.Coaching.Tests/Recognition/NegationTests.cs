namespace CoachBot.Coaching.Tests.Recognition;

public sealed class NegationTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("the guest is not angry, just wants to suggest we greet his wife by name")]
    [InlineData("guest isn't upset at all, he suggested a late checkout option")]
    [InlineData("khách không giận, chỉ góp ý là nên chào vợ ông ấy bằng tên")]
    [InlineData("khach khong gian, chi gop y thoi")]
    [InlineData("khách chẳng giận gì, chỉ đề nghị thêm gối")]
    [InlineData("khách không hề bực, chỉ góp ý nhẹ")]
    [InlineData("客人不生气，只是建议我们记住他太太的名字")]
    [InlineData("客人没有生气，只是提了个建议")]
    [InlineData("客人沒有生氣，只是提了個建議")]
    [InlineData("客人并不生气，他建议早餐多一些水果")]
    public void Recognise_NegatedEmotionWithSuggestion_NoNegativeEmotionAndSuggestion(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("suggestion", out var suggestion) && suggestion.IsTrue, "suggestion");
        if (result.Facts.TryGet("guest_emotion", out var emotion))
        {
            Assert.DoesNotContain(emotion.Symbol, new[] { "angry", "upset" });
        }
    }

    [Theory]
    [InlineData("khách không hài lòng với phòng")]
    [InlineData("客人很不满意房间")]
    [InlineData("the guest is not happy with the room")]
    public void Recognise_NegationInsideAPhrase_PhraseMeaningKept(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("guest_emotion", out var emotion));
        Assert.Equal("upset", emotion.Symbol);
    }

    [Theory]
    [InlineData("he is not a regular, first time here", false)]
    [InlineData("he is a regular guest", true)]
    public void Recognise_NegatedBoolFact_SetFalse(string text, bool expected)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("regular_guest", out var regular));
        Assert.Equal(expected, regular.IsTrue);
    }

    [Fact]
    public void Recognise_NegationAcrossClauseBreak_DoesNotNegate()
    {
        var result = fixture.Recogniser.Recognise("I did not expect it, but the guest is furious");

        Assert.True(result.Facts.TryGet("guest_emotion", out var emotion));
        Assert.Equal("angry", emotion.Symbol);
    }
    [Theory]
    [InlineData("his room was not cleaned and he wants the manager", "demands_manager")]
    [InlineData("phòng không sạch và khách đòi gặp quản lý", "demands_manager")]
    public void Recognise_NegationInAnEarlierClause_DoesNotReachPastAnd(string text, string fact)
    {
        var facts = fixture.Recogniser.Recognise(text).Facts;

        Assert.True(facts.TryGet(fact, out var value) && value.IsTrue, text);
    }

    [Theory]
    [InlineData("客户说你们跟别家没两样")]
    [InlineData("客戶說你們跟別家沒兩樣")]
    public void Recognise_CueInsideANeutralWord_NegatesNothing(string text)
    {
        // 别 ("don't") inside 别家 ("another hotel") is no negation of what follows.
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("objection_type", out var type) && type.Symbol == "all_same");
    }

    [Theory]
    [InlineData("máy lạnh hỏng đòi bồi thường ngay")]
    [InlineData("khách nói tivi hỏng đòi hoàn tiền")]
    public void Recognise_BrokenTypedWithMarks_IsNotANegation(string text)
    {
        // Without its marks "hỏng" (broken) reads as "hổng" (southern "not"): a broken aircon must not cancel the demand.
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("demands_compensation", out var compensation) && compensation.IsTrue);
    }
}
