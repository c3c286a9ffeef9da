using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A prospect with an incumbent supplier (The Wedge, document 001) through the real endpoint: questions to ask,
/// traps and plan before the call; the after-call note (the prospect's name, then the fields) saved with the policy's retention; the bank rep who led
/// with rates (W-03).
/// </summary>
public sealed class WedgeTranscriptTests(TranscriptFixture fixture) : IClassFixture<TranscriptFixture>
{
    [Theory]
    [InlineData("en", "The prospect already works with another supplier, what should I ask?", "Before the call")]
    [InlineData("vi", "Tôi sắp gặp một khách hàng đang dùng nhà cung cấp khác", null)]
    [InlineData("zh", "客户现在用的是别的供应商", "拜访前")]
    public async Task CompetitorQuestion_BeforeTheCall_QuestionsTrapsPlanAndTheAfterCallButton(string language, string message, string? beforeTheCall)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        // The discovery questions and the traps come first; where the rep is (before / in / after the call) only sharpens them.
        var advice = Assert.Single(await chat.SaysAsync(message));
        Assert.NotEmpty(Card.Section(advice, ui.Questions));
        if (beforeTheCall is not null)
        {
            advice = Assert.Single(await chat.RefinesAsync(advice, advice.Buttons.First(b => b.EndsWith(beforeTheCall, StringComparison.Ordinal))));
        }

        Assert.True(Card.Section(advice, ui.Questions).Count >= 2, "At least two discovery questions");
        Assert.NotEmpty(Card.Section(advice, ui.Traps));
        Assert.NotEmpty(Card.Section(advice, ui.Plan));
        Assert.Subset(new HashSet<string>(advice.Buttons), new HashSet<string> { ui.AfterCall, ui.Why, ui.More });
        Assert.Subset(Card.SourceIds(advice).ToHashSet(), new HashSet<string> { "W-01", "W-06", "W-07" });

        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }

    [Fact]
    public async Task AfterTheCall_FieldsAndShortNote_SavedForThePolicysRetentionThenThePostCallPlan()
    {
        var ui = Ui.English;
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);
        var plan = Assert.Single(await chat.SaysAsync("The prospect already works with another supplier, what should I ask?"));

        Assert.Empty(Assert.Single(await chat.PressesAsync(plan, ui.AfterCall)).Buttons);
        var gap = Assert.Single(await chat.SaysAsync("Keller Logistics"));
        var decisionMaker = Assert.Single(await chat.PressesAsync(gap, "Slow response"));
        var nextStep = Assert.Single(await chat.PressesAsync(decisionMaker, "Yes"));
        var note = Assert.Single(await chat.PressesAsync(nextStep, "Within a week"));
        Assert.Contains("90", note.Text, StringComparison.Ordinal); // the sample policy keeps call notes 90 days
        var saved = await chat.SaysAsync("They want a dedicated account manager");

        Assert.Equal(2, saved.Count);
        Assert.Contains("90", saved[0].Text, StringComparison.Ordinal);
        Assert.Contains("W-03", Card.CitedIds(saved[1]));
        var record = Assert.Single(await fixture.UserRecordsAsync(chat));
        Assert.Equal(["slow_response"], record["incumbentWeaknessesFound"]!.AsArray().Select(w => (string?)w));
        Assert.True((bool)record["decisionMakerKnown"]!);
        Assert.Equal(DateOnly.FromDateTime(TranscriptFixture.Now.AddDays(7).DateTime), DateOnly.Parse((string)record["nextStepDate"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("They want a dedicated account manager", (string?)record["note"]);
        Assert.Equal("Keller Logistics", (string?)record["prospect"]);
        Assert.Equal("within_week", (string?)record["nextStep"]);
        Assert.Equal(90, (int)record["retentionDays"]!);
        Assert.Equal(TranscriptFixture.Now.AddDays(90), DateTimeOffset.Parse((string)record["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        var why = Assert.Single(await chat.PressesAsync(saved[1], ui.Why));
        Assert.Contains("the call is over", Explain.Says(why), StringComparison.Ordinal);

        Snapshot.Matches(chat.Text);
    }

    [Fact]
    public async Task AfterTheCall_ChineseSkipsTheNote_FieldsSavedWithoutNoteOrDate()
    {
        using var chat = fixture.Chat(locale: "zh-CN", aadObjectId: TranscriptFixture.SalesRepId);
        var plan = Assert.Single(await chat.SaysAsync("客户现在用的是别的供应商"));

        Assert.Empty(Assert.Single(await chat.PressesAsync(plan, Ui.Chinese.AfterCall)).Buttons);
        var gap = Assert.Single(await chat.SaysAsync("华为"));
        var decisionMaker = Assert.Single(await chat.PressesAsync(gap, "价格或条款"));
        var nextStep = Assert.Single(await chat.PressesAsync(decisionMaker, "否"));
        var note = Assert.Single(await chat.PressesAsync(nextStep, "还没约"));
        var saved = await chat.PressesAsync(note, "跳过");

        Assert.Equal(2, saved.Count);
        var record = Assert.Single(await fixture.UserRecordsAsync(chat));
        Assert.Equal(["price_or_terms"], record["incumbentWeaknessesFound"]!.AsArray().Select(w => (string?)w));
        Assert.False((bool)record["decisionMakerKnown"]!);
        Assert.Null(record["note"]);
        Assert.Null(record["nextStepDate"]);
        Assert.Equal("华为", (string?)record["prospect"]);
        Assert.Equal("not_agreed", (string?)record["nextStep"]);

        Snapshot.Matches(chat.Text);
    }

    [Theory]
    [InlineData("en", "I met the bank and led with our rates, they said they'd compare with their current bank")]
    [InlineData("vi", "Tôi đã gặp ngân hàng và mở đầu bằng giá, họ nói sẽ so sánh với ngân hàng hiện tại")]
    [InlineData("zh", "昨天见了银行，一开始就报价，他们说要跟现在合作的银行比一比")]
    public async Task BankRepLedWithRates_AfterTheCall_FlagsTheTrapAndCitesTheBankCase(string language, string message)
    {
        var ui = Ui.For(language);
        using var chat = fixture.Chat(aadObjectId: TranscriptFixture.SalesRepId);

        var advice = Assert.Single(await chat.SaysAsync(message));

        Assert.NotEmpty(Card.Section(advice, ui.Traps));
        Assert.Subset(new HashSet<string>(advice.Buttons), new HashSet<string> { ui.AfterCall, ui.Why, ui.More });
        Assert.Contains("W-03", Card.SourceIds(advice));
        var why = Assert.Single(await chat.PressesAsync(advice, ui.Why));
        Assert.NotEmpty(Explain.Says(why));

        Snapshot.Matches(chat.Text, language);
    }
}
