using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The complaint cases of document 003 (H-12 … H-17) through the real endpoint, in English, Vietnamese (with and
/// without diacritics) and Chinese (simplified and traditional): classification, the card's sections, the
/// buttons, the cited inventory ids, the rules "why?" names, and the escalation.
/// </summary>
public sealed class ComplaintTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "A regular guest is furious, his bag was lost at the desk and he wants money for it")]
    [InlineData("vi", "Khách quen rất tức giận vì mất túi để ở quầy lễ tân, đòi bồi thường tiền")]
    [InlineData("vi-plain", "khach quen rat tuc gian vi mat tui de o quay le tan, doi boi thuong tien")]
    [InlineData("zh", "一位老客人非常生气，他寄存在前台的包丢了，要求赔偿现金")]
    [InlineData("zh-Hant", "一位老客人非常生氣，他寄存在前台的包丟了，要求賠償現金")]
    public async Task LostBag_AngryRegularWantsMoney_AccusatoryWithLostPropertyStepsAndEscalation(string language, string message)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(ui.EscalatingButtons, advice.Buttons);
        Assert.Equal(["H-12", "H-16"], Card.SourceIds(advice));
        Assert.All(new[] { ui.SayNow, ui.NeverSay, ui.DoNext, ui.WhenToEscalate }, heading => Assert.NotEmpty(Card.Section(advice, heading)));

        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        // One honest status: the turn says nothing it cannot know ("Calling Minh now"); the host, which knows no desk is
        // registered here, tells the staffer to phone Minh (10:00 in Ho Chi Minh City: the day duty manager is on), in
        // the language they wrote, though their client is English.
        Assert.Empty(await chat.PressesAsync(advice, ui.CallManager));
        var noDesk = language switch
        {
            "en" => "No duty desk is registered yet",
            "zh" => "还没有登记值班频道",
            "zh-Hant" => "還沒有登記值班頻道",
            _ => "Chưa có kênh trực nào được đăng ký",
        };
        var status = Assert.Single(chat.LastNotices).Text;
        Assert.StartsWith(noDesk, status, StringComparison.Ordinal);
        Assert.Contains("Minh", status, StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "A regular is complaining in front of his friends that we put fruit in his room he didn't want", "Upset", "No")]
    [InlineData("vi", "Khách quen phàn nàn trước mặt bạn bè rằng chúng tôi để trái cây trong phòng", "Bực bội", "Không")]
    [InlineData("vi-plain", "Khach quen phan nan truoc mat ban be rang chung toi de trai cay trong phong", "Bực bội", "Không")]
    [InlineData("zh", "老客人当着朋友的面批评我们在房间放了水果", "不满", "否")]
    [InlineData("zh-Hant", "老客人當著朋友的面批評我們在房間放了水果", "不滿", "否")]
    public async Task FruitInTheRoom_RegularCriticisesInFrontOfFriends_AdviceAtOnceThenTwoRefinementsSettleIt(
        string language, string message, string upset, string noCompensation)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        // Advice first (face-saving in front of friends); the mood and the compensation only sharpen it, on the card.
        var first = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        var compensation = Assert.Single(await chat.AnswersOnCardAsync(first, upset));
        Card.IsAdvice(compensation, ui.SayNowPrefix, ui.Why, ui.More);
        var advice = Assert.Single(await chat.AnswersOnCardAsync(compensation, noCompensation));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(ui.AdviceButtons, advice.Buttons);
        Assert.Equal(["H-13", "H-15", "H-16"], Card.SourceIds(advice));
        var why = Assert.Single(await chat.SaysAsync(language == "en" ? "why" : language.StartsWith("vi", StringComparison.Ordinal) ? "tại sao" : "为什么"));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "A happy long-stay guest suggests our staff greet his wife by name")]
    [InlineData("vi", "Khách ở dài ngày rất vui và góp ý nhân viên nên chào vợ anh ấy bằng tên")]
    [InlineData("zh", "长住客人心情很好，建议员工称呼他太太的名字")]
    public async Task WifesName_HappyLongStayGuestSuggests_ConstructiveAtOnceWithoutEscalation(string language, string message)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Equal(ui.AdviceButtons, advice.Buttons);
        Assert.Equal(["H-14", "H-15", "H-16"], Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "At the banquet a waiter spilled wine on a guest and the manager said they are interns", "Upset", "No", "intern", "fruit")]
    [InlineData("vi", "Trong bữa tiệc, phục vụ làm đổ rượu lên người khách và quản lý nói họ là thực tập sinh", "Bực bội", "Không", "thực tập sinh", "trái cây")]
    [InlineData("zh", "宴会上服务员把酒洒到客人身上，经理说他们是实习生", "不满", "否", "实习生", "水果")]
    public async Task SpilledWine_ManagerBlamedInterns_ApologyFirstWhateverTheMoodAndNeverSayBlamesTrainees(
        string language, string message, string upset, string noCompensation, string interns, string fruit)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        // H-16: a banquet incident gets the sincere apology at once, whatever the guest's mood or demand, so the
        // card does not ask how the guest feels or whether he wants compensation.
        var advice = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.DoesNotContain(upset, advice.Buttons);
        Assert.DoesNotContain(noCompensation, advice.Buttons);
        Assert.Contains(Card.Section(advice, ui.NeverSay), l => l.Contains(interns, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Card.Section(advice, ui.DoNext), l => l.Contains(fruit, StringComparison.OrdinalIgnoreCase)); // that is the H-13 case
        Assert.NotEmpty(Card.Section(advice, ui.WhenToEscalate));
        Assert.Contains(ui.CallManager, advice.Buttons);
        Assert.Equal(["H-16"], Card.SourceIds(advice)); // not the three kinds of complaint (H-14's "thank you")
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en", "Guest says he missed his wake-up call and lost a trade, wants compensation", "Yes, made and answered")]
    [InlineData("vi", "Khách nói không được gọi báo thức nên lỡ một giao dịch, đòi bồi thường", "Có, đã gọi và khách đã nghe")]
    [InlineData("zh", "客人说我们没有叫醒他，他错过了一笔交易，要求赔偿", "是，已打出并接听")]
    public async Task WakeUpCall_GuestClaimsALostTrade_AdviceAtOnceThenTheLogShowsTheHotelDidItsDuty(string language, string message, string callWasMade)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        // Check the log first is the advice; what the log shows is a refinement on the card.
        var first = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(first, ui.SayNowPrefix, ui.Why, ui.More);
        var advice = Assert.Single(await chat.AnswersOnCardAsync(first, callWasMade));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Subset(new HashSet<string>(advice.Buttons), new HashSet<string>(ui.EscalatingButtons));
        Assert.Equal(["H-12", "H-17", "H-16"], Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }
    [Theory]
    [InlineData("en", "The guest is furious about the noise and wants to see the manager", "Accusatory", "I'm truly sorry")]
    [InlineData("vi", "Khách rất giận vì phòng ồn ào, đòi gặp quản lý", "Khách khiếu nại gay gắt", "Dạ, tôi thật sự xin lỗi")]
    [InlineData("zh", "客人很生气，房间太吵了，要见你们经理", "控告性投诉", "发生这样的事我真的很抱歉")]
    public async Task AngryGuestDemandsTheManager_ACommitmentAsH12Says_AccusatoryWithTheApologyFirst(string language, string message, string accusatory, string apology)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.StartsWith(accusatory, Card.Title(advice), StringComparison.Ordinal);
        var sayNow = Card.Text(advice).Split('\n')[0];
        Assert.StartsWith(ui.SayNowPrefix, sayNow, StringComparison.Ordinal);
        Assert.Contains(apology, sayNow, StringComparison.Ordinal);
        Assert.Contains(ui.CallManager, advice.Buttons);
    }

    [Theory]
    [InlineData("en", "The guest is angry about the noise but says he wants nothing, just venting", "I'm truly sorry", "Thank you for telling me")]
    [InlineData("vi", "Khách rất giận vì phòng ồn ào nhưng không đòi gì", "Dạ, tôi thật sự xin lỗi", "cảm ơn quý khách đã cho tôi biết")]
    [InlineData("zh", "客人很生气，房间太吵，但说什么都不要", "真的很抱歉", "谢谢您告诉我")]
    public async Task AngryGuestAsksForNothing_ApologyFirstNeverThanks(string language, string message, string apology, string thanks)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);
        Assert.Contains(apology, Card.Text(advice).Split('\n')[0], StringComparison.Ordinal); // the Say-now line
        Assert.DoesNotContain(thanks, Card.Text(advice), StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("Chị khách rất giận vì phòng bẩn, đòi hoàn tiền", "chị")]
    [InlineData("Ông khách rất giận vì phòng ồn ào, đòi hoàn tiền", "anh")]
    [InlineData("Khách rất giận vì phòng ồn ào, đòi hoàn tiền", "quý khách")]
    public async Task Vietnamese_GuestNamedInTheMessage_TheDeskAddressesThemSoElseQuyKhach(string message, string address)
    {
        var ui = Ui.Vietnamese;
        using var chat = fixture.Chat();

        var advice = Assert.Single(await chat.SaysAsync(message));

        // "Dạ," first; "anh" / "chị" with the staffer as "em" when the message says who the guest is, else "quý khách".
        var sayNow = Card.Text(advice).Split('\n')[0];
        Assert.StartsWith(ui.SayNowPrefix + " Dạ, ", sayNow, StringComparison.Ordinal);
        Assert.Contains($" {address} ", sayNow, StringComparison.Ordinal);
        Assert.Equal(address != "quý khách", sayNow.Contains(" em ", StringComparison.Ordinal));
    }
}
