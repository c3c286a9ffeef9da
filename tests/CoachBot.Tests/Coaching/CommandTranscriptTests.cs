using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// What a user can type or press at any time, through the real endpoint: "why?", the feedback buttons,
/// "forget my data", help and the language switch, in English, Vietnamese and Chinese.
/// </summary>
public sealed class CommandTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "The client says our price is too high", "why")]
    [InlineData("vi", "Khách hàng nói giá của chúng ta quá đắt", "tại sao")]
    [InlineData("vi-plain", "Khach hang noi gia cua chung ta qua dat", "tai sao")]
    [InlineData("zh", "客户说我们的价格太贵了", "为什么")]
    [InlineData("zh-Hant", "客戶說我們的價格太貴了", "為什麼")]
    public async Task Why_TypedAfterAdvice_NamesTheSituationAndEverySourceInTheReadersLanguage(string language, string message, string why)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();
        var advice = Assert.Single(await chat.SaysAsync(message));
        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);

        var explanation = Assert.Single(await chat.SaysAsync(why));

        // The situation as the card's headline names it, in people's words; then each source with its title and section.
        Assert.StartsWith(Card.Title(advice)!.Split('(', '（')[0].TrimEnd(), Explain.Says(explanation), StringComparison.Ordinal);
        var lines = Assert.Single(Card.Sections(explanation)).Lines;
        Assert.All(new[] { "P-06", "P-08", "A-05" }, id => Assert.Contains(lines, l => l.StartsWith(id, StringComparison.Ordinal)));
        if (!language.StartsWith("zh", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(lines, l => l.Any(c => c >= '\u4e00' && c <= '\u9fff')); // no Chinese section titles for en / vi readers
        }

        Assert.Equal(["P-06", "P-08", "A-05"], Card.CitedIds(explanation));
        Assert.Empty(explanation.Buttons);

        Snapshot.Matches(chat.Text, language);
    }

    [Fact]
    public async Task Why_BeforeAnyAdvice_SaysThereIsNothingToExplain()
    {
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync("why"));

        Assert.Null(Card.Title(reply));
        Assert.Empty(Card.Sections(reply));
        Assert.Empty(Card.CitedIds(reply));

        Snapshot.Matches(chat.Text);
    }

    [Theory]
    [InlineData("en", "The client said he has no time", true)]
    [InlineData("vi", "Khách hàng nói không có thời gian", true)]
    [InlineData("zh", "客户说没时间", true)]
    [InlineData("en-not-helpful", "The client said he has no time", false)]
    public async Task Feedback_PressedUnderAdvice_ThanksAndKeepsTheVoteWithRuleIdsOnly(string caseName, string message, bool helpful)
    {
        var ui = Ui.For(caseName.Split('-')[0]);
        using var chat = fixture.Chat();
        var advice = Assert.Single(await chat.SaysAsync(message));
        var before = (await fixture.RecordsAsync("feedback:")).Count;

        Assert.True(Card.FeedbackLoop(advice), "Teams' thumbs are the advice's feedback buttons.");
        Assert.DoesNotContain(advice.Buttons, b => b is "Helpful" or "Hữu ích" or "有帮助"); // the card itself carries no feedback buttons
        await chat.GivesFeedbackAsync(helpful);

        var votes = await fixture.RecordsAsync("feedback:");
        Assert.Equal(before + 1, votes.Count);
        var vote = votes[^1];
        Assert.Equal(helpful, (bool)vote["helpful"]!);
        Assert.Equal(["objection.no_time"], vote["ruleIds"]!.AsArray().Select(r => (string?)r));
        Assert.DoesNotContain(message, vote.ToJsonString(), StringComparison.Ordinal);

        Snapshot.Matches(chat.Text, caseName);
    }

    [Theory]
    [InlineData("en", "The client says our price is too high", "forget my data")]
    [InlineData("vi", "Khách hàng nói giá của chúng ta quá đắt", "Xóa dữ liệu của tôi")]
    [InlineData("vi-plain", "Khach hang noi gia cua chung ta qua dat", "xoa du lieu cua toi")]
    [InlineData("zh", "客户说我们的价格太贵了", "删除我的数据")]
    [InlineData("zh-Hant", "客戶說我們的價格太貴了", "刪除我的資料")]
    public async Task ForgetMyData_AfterAdvice_ConfirmsAndNothingIsLeftToExplain(string language, string message, string forget)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat();
        Card.IsAdvice(Assert.Single(await chat.SaysAsync(message)), ui.SayNowPrefix, ui.Why, ui.More);

        var confirmed = Assert.Single(await chat.SaysAsync(forget));
        var why = Assert.Single(await chat.SaysAsync(ui.Why));

        Assert.Null(Card.Title(confirmed));
        Assert.Empty(Card.Sections(why));
        Assert.Empty(Card.CitedIds(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Fact]
    public async Task ForgetMyData_AfterSavingACallNote_TheNoteIsDeleted()
    {
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        var plan = Assert.Single(await chat.SaysAsync("I met the bank and led with our rates, they said they'd compare with their current bank"));
        Assert.Single(await chat.PressesAsync(plan, Ui.English.AfterCall));
        var gap = Assert.Single(await chat.SaysAsync("First National Bank"));
        var decider = Assert.Single(await chat.PressesAsync(gap, "None yet"));
        var nextStep = Assert.Single(await chat.PressesAsync(decider, "No"));
        Assert.Single(await chat.PressesAsync(nextStep, "Not agreed yet"));
        await chat.SaysAsync("Rates were all they asked about");
        Assert.Single(await fixture.UserRecordsAsync(chat));

        Assert.Single(await chat.SaysAsync("forget my data"));

        Assert.Empty(await fixture.UserRecordsAsync(chat));

        Snapshot.Matches(chat.Text);
    }

    [Theory]
    [InlineData("en", "help", "forget my data")]
    [InlineData("vi", "trợ giúp", "xóa dữ liệu của tôi")]
    [InlineData("zh", "帮助", "删除我的数据")]
    public async Task Help_InTheUsersLanguage_SaysWhatCanBeTypedAtAnyTime(string language, string help, string forget)
    {
        using var chat = fixture.Chat();

        var reply = Assert.Single(await chat.SaysAsync(help));

        Assert.Contains(forget, reply.Text, StringComparison.Ordinal);
        Assert.Contains(Ui.For(language).Why.TrimEnd('?', '？'), reply.Text, StringComparison.OrdinalIgnoreCase);

        Snapshot.Matches(chat.Text, language);
    }

    [Theory]
    [InlineData("en-to-zh", "language", "中文", "The guest is shouting at the desk, his bag is lost and he wants money", "zh")]
    [InlineData("vi-to-en", "ngôn ngữ", "English", "Khách hàng nói không có thời gian", "en")]
    [InlineData("zh-to-zh-Hant", "语言", "繁體中文", "客户说没时间", "zh-Hant")]
    public async Task LanguageSwitch_ChosenLanguage_WinsOverTheLanguageOfTheMessage(string caseName, string command, string choice, string message, string chosen)
    {
        var ui = Ui.For(chosen);
        using var chat = fixture.Chat();

        var question = Assert.Single(await chat.SaysAsync(command));
        Assert.Equal(["English", "Tiếng Việt", "中文", "繁體中文"], question.Buttons);
        Assert.Single(await chat.PressesAsync(question, choice));
        var advice = Assert.Single(await chat.SaysAsync(message));

        Card.IsAdvice(advice, ui.SayNowPrefix, ui.Why, ui.More);

        Snapshot.Matches(chat.Text, caseName);
    }
}
