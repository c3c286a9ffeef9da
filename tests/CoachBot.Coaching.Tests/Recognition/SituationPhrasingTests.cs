namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>Phrasings staff used in the coaching dialogs that the recogniser first misread, with variants per language.</summary>
public sealed class SituationPhrasingTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("A regular guest is furious, his bag was lost at the desk and he wants money for it")]
    [InlineData("the guest says the laundry ruined his shirt and he is asking for money")]
    [InlineData("khách đòi tiền cho cái áo bị giặt hỏng")]
    [InlineData("khach doi tien cho cai vali bi vo")]
    [InlineData("客人说衬衫洗坏了，找我们要钱")]
    public void Recognise_AsksForMoneyInPlainWords_ComplaintDemandingCompensation(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("complaint", result.Intent);
        Assert.True(result.Facts.TryGet("demands_compensation", out var compensation) && compensation.IsTrue);
    }

    [Theory]
    [InlineData("The guest is shouting at the desk, his bag is lost and he wants money")]
    [InlineData("his suitcase is lost and he is furious")]
    [InlineData("the guest has a missing bag and wants compensation")]
    [InlineData("guest complains about a missing suitcase")]
    [InlineData("guest is upset about his missing luggage")]
    [InlineData("the guest lost his bag in the lobby and is complaining")]
    [InlineData("khách phàn nàn vì mất túi ở quầy")]
    [InlineData("khach gian vi mat vali o sanh")]
    [InlineData("khách bực vì mất hành lý")]
    [InlineData("客人投诉说他的包丢了")]
    [InlineData("客人很生气，行李丢了")]
    [InlineData("客人的行李不见了，很生气")]
    [InlineData("客人很生氣，他的包丟了")]
    [InlineData("客人的行李不見了，要求賠償")]
    public void Recognise_GuestsBagIsLost_ComplaintAboutLostProperty(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("complaint", result.Intent);
        Assert.True(result.Facts.TryGet("lost_property", out var lost) && lost.IsTrue, "lost property");
    }

    [Theory]
    [InlineData("We lost the booking to a hotel nearer the airport")]
    [InlineData("the guest is lost and cannot find the ballroom, he is upset")]
    [InlineData("客户流失了，丢了一个会议")]
    public void Recognise_LostSomethingOtherThanABag_NoLostProperty(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.False(result.Facts.TryGet("lost_property", out var lost) && lost.IsTrue, "not lost property");
    }

    [Theory]
    [InlineData("greet his wife by name")]
    [InlineData("he asked us to greet his wife by her name")]
    [InlineData("long-stay guest is happy with us, he would like the staff to greet his wife by name")]
    [InlineData("khách ở dài hạn chỉ mong nhân viên chào vợ ông ấy bằng tên")]
    [InlineData("khach muon le tan goi ten vo ong ay")]
    [InlineData("他希望我们称呼他太太的名字")]
    [InlineData("他希望我們稱呼他太太的名字")]
    [InlineData("客人建议我们记住他夫人的名字")]
    public void Recognise_AsksToGreetHisWifeByName_ConstructiveComplaintWithSuggestion(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("complaint", result.Intent);
        Assert.Null(result.Clarification);
        Assert.True(result.Facts.TryGet("suggestion", out var suggestion) && suggestion.IsTrue);
        Assert.False(result.Facts.TryGet("objection_type", out _), "not an objection");
    }

    [Theory]
    [InlineData("We lost a 40-room conference to a hotel nearer the venue")]
    [InlineData("we lost the event to another hotel closer to their office")]
    [InlineData("Chúng tôi mất một hội nghị 40 phòng vào tay khách sạn gần địa điểm hơn")]
    [InlineData("chung toi mat mot hoi nghi 40 phong vao tay khach san gan hon")]
    [InlineData("我们输给了一家离会场更近的酒店，丢了一个40间房的会议")]
    [InlineData("一個40間房的會議被離會場更近的酒店搶走了")]
    public void Recognise_ConferenceLostToANearerHotel_LostAccount(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("lost_account", result.Intent);
        Assert.Null(result.Clarification);
    }

    [Theory]
    [InlineData("客户已经有供应商了")]
    [InlineData("客戶已經有供應商了")]
    [InlineData("这家公司已经有合作的酒店了")]
    public void Recognise_ClientAlreadyHasASupplier_IncumbentMentioned(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("incumbent", result.Intent);
        Assert.True(result.Facts.TryGet("incumbent_mentioned", out var mentioned) && mentioned.IsTrue);
    }

    [Theory]
    [InlineData("Khách hàng nói giá của chúng ta quá đắt")]
    [InlineData("khach hang noi gia qua dat")]
    [InlineData("khách hàng nói giá phòng hội nghị bên mình rất đắt")]
    public void Recognise_VietnameseTooExpensiveBeforeTheWord_PriceObjection(string text)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("objection", result.Intent);
        Assert.True(result.Facts.TryGet("objection_type", out var type));
        Assert.Equal("price", type.Symbol);
    }

    [Theory]
    [InlineData("em dinh hoi khach 'neu ben em bang gia ben kia thi anh co ky khong' nen ko")]
    [InlineData("should I ask them 'if we can beat your rate, any reason not to sign?'")]
    public void Recognise_QuotedWords_ReadAsIfUnquoted(string text)
    {
        // A quote mark is not part of the word it touches (an apostrophe inside "didn't" is).
        var result = fixture.Recogniser.Recognise(text);

        Assert.True(result.Facts.TryGet("trap_question", out var trap) && trap.Symbol == "trial_close", "trial-close trap");
    }
}
