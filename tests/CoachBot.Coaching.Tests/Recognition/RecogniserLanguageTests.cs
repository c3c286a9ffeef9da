namespace CoachBot.Coaching.Tests.Recognition;

public sealed class RecogniserLanguageTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("The guest is furious and wants compensation for his lost bag", "en", "latin")]
    [InlineData("Khách đang rất giận, đòi bồi thường vì mất túi", "vi", "latin")]
    [InlineData("khach dang rat gian, doi boi thuong vi mat tui", "vi", "latin")]
    [InlineData("客人非常生气，包丢了，要求赔偿", "zh", "hans")]
    [InlineData("客人非常生氣，包丟了，要求賠償", "zh", "hant")]
    public void Recognise_AccusatoryComplaintInEachLanguage_SameIntentAndFacts(string text, string language, string script)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("complaint", result.Intent);
        Assert.Equal(language, result.Language);
        Assert.Equal(script, result.Script);
        Assert.True(result.Facts.TryGet("guest_emotion", out var emotion));
        Assert.Equal("angry", emotion.Symbol);
        Assert.True(result.Facts.TryGet("demands_compensation", out var compensation) && compensation.IsTrue);
        Assert.True(result.Facts.TryGet("lost_property", out var lost) && lost.IsTrue);
        Assert.True(result.Facts.TryGet("language", out var languageFact));
        Assert.Equal(language, languageFact.Symbol);
    }

    [Theory]
    [InlineData("client told me 'đổi khách sạn lằng nhằng lắm em', basically moving to us is a headache. how do i handle that", "en")]
    [InlineData("khách nói \"too expensive, I will go next door\" em phải làm sao bây giờ", "vi")]
    [InlineData("the guest keeps saying 「我要见经理」 at the desk, what do I do", "en")]
    [InlineData("'quá đắt'", "vi")] // nothing around the quote: the quote is all there is to go by
    public void Recognise_SomeoneElsesWordsQuoted_TheLanguageIsTheSendersAroundThem(string text, string language) =>
        Assert.Equal(language, fixture.Recogniser.Recognise(text).Language);

    [Fact]
    public void Recognise_ManyQuotesOpenedNoneClosed_ReadsTheWholeMessageInsteadOfFailing()
    {
        // Every opener scans to the end for a closer that never comes: far past the quote scan's time limit.
        var text = "khách nói" + string.Concat(Enumerable.Repeat(" “khách", 30_000));

        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("vi", result.Language);
    }

    [Fact]
    public void Recognise_MixedVietnameseAndEnglish_VietnameseWithWakeUpCall()
    {
        var result = fixture.Recogniser.Recognise("khách complain về wake-up call sáng nay");

        Assert.Equal("complaint", result.Intent);
        Assert.Equal("vi", result.Language);
        Assert.True(result.Facts.TryGet("wake_up_call", out var wake) && wake.IsTrue);
    }

    [Fact]
    public void Recognise_ChineseWithEnglishWord_Chinese()
    {
        var result = fixture.Recogniser.Recognise("客人说我们的wake up call没打，很生气");

        Assert.Equal("zh", result.Language);
        Assert.True(result.Facts.TryGet("wake_up_call", out var wake) && wake.IsTrue);
    }

    [Theory]
    [InlineData("客人要求打折", "hans")]
    [InlineData("客人要求打折，說我們太貴", "hant")]
    [InlineData("guest wants a discount", "latin")]
    public void Recognise_Script_TraditionalOnlyFromTraditionalCharacters(string text, string script)
    {
        Assert.Equal(script, fixture.Recogniser.Recognise(text).Script);
    }

    [Fact]
    public void Recognise_FullWidthCharacters_ReadAsAscii()
    {
        var result = fixture.Recogniser.Recognise("客人要再便宜１０％");

        Assert.Contains(result.Amounts, a => a.Value == 10 && a.Kind == Coaching.Recognition.AmountKind.Percent);
    }

    [Fact]
    public void Recognise_AmbiguousLatinText_LocaleHintDecides()
    {
        Assert.Equal("vi", fixture.Recogniser.Recognise("ok", "vi-VN").Language);
        Assert.Equal("en", fixture.Recogniser.Recognise("ok").Language);
    }

    [Theory]
    [InlineData("xin chào", null)]
    [InlineData("Xin chào!", "en-US")]
    [InlineData("xin chao", "en-US")]
    [InlineData("chào bạn", "zh-CN")]
    public void Recognise_VietnameseGreetingAlone_VietnameseGreeting(string text, string? locale)
    {
        var result = fixture.Recogniser.Recognise(text, locale);

        Assert.Equal("greeting", result.Intent);
        Assert.Equal("vi", result.Language);
    }

    [Theory]
    [InlineData("hi! a guest wants 20% off his room", "discount_request")]
    [InlineData("Trưởng đoàn đòi 900.000đ, nói khách sạn bên kia chào anh 950 rồi", "discount_request")]
    [InlineData("你好，客人说房间很脏，要求退钱", "complaint")]
    public void Recognise_GreetingBesideASituation_TheSituation(string text, string intent) =>
        Assert.Equal(intent, fixture.Recogniser.Recognise(text).Intent);

    [Fact]
    public void Recognise_GreetingWithHowFullTheHotelIs_StillAGreeting() =>
        Assert.Equal("greeting", fixture.Recogniser.Recognise("hi, we are 95% full tonight").Intent);
}
