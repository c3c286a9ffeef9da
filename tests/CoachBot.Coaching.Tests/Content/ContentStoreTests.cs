using CoachBot.Coaching.Content;
using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Content;

/// <summary>
/// The content store swaps in a whole new set only when every part loads; otherwise the last good set stays
/// and every error comes back with its part, file and line.
/// </summary>
public sealed class ContentStoreTests : IDisposable
{
    private const string SayLine = "Let me see what I can do for you.";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ReloadAsync_ValidEditsToAPlaybookAndThePolicy_SwapsInOneNewSetWithBoth()
    {
        var store = await ContentStore.OpenAsync(_content.Loader(), CancellationToken.None);
        var before = store.Current;

        _content.Edit("discount.yaml", SayLine, "Let me check what I can do for you.");
        _content.Edit(null, "front_desk:   { max_discount_percent: 15,", "front_desk:   { max_discount_percent: 17,");
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Same(result.Content, store.Current);
        Assert.NotSame(before, store.Current);
        Assert.Empty(store.LastErrors);
        Assert.Contains(store.Current.Knowledge.Rules, r => r.Then.Say.Any(s => s.En == "Let me check what I can do for you."));
        Assert.Equal(17m, store.Current.Policy.AuthorityFor(StaffRole.FrontDesk).MaxDiscountPercent);
        Assert.Equal(15m, before.Policy.AuthorityFor(StaffRole.FrontDesk).MaxDiscountPercent);
    }

    [Fact]
    public async Task ReloadAsync_BrokenLexicon_KeepsTheLastGoodSetAndReportsTheFileAndLine()
    {
        var store = await ContentStore.OpenAsync(_content.Loader(), CancellationToken.None);
        var good = store.Current;
        var line = _content.LineOf("lexicon.yaml", "    en: [{discount: 2}"); // where the renamed intent's words start

        _content.Edit("lexicon.yaml", "  discount_request:\n    en: [", "  haggling_request:\n    en: [");
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Same(good, store.Current);
        Assert.Equal(result.Errors, store.LastErrors);
        Assert.All(result.Errors, e => Assert.Equal((ContentPart.Lexicon, "lexicon.yaml"), (e.Part, e.File)));
        Assert.Contains(result.Errors, e => e.Line == line && e.Message.Contains("unknown intent 'haggling_request'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_ErrorsInAPlaybookTheTextsAndThePolicy_ReportsEveryOneWithItsPart()
    {
        var store = await ContentStore.OpenAsync(_content.Loader(), CancellationToken.None);
        var good = store.Current;

        _content.Edit("discount.yaml", "sources: [", "sources: [H-999, ");
        _content.Edit("texts.yaml", "texts:", "texts: [");
        _content.Edit(null, "time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons");
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Same(good, store.Current);
        Assert.Contains(result.Errors, e => e is { Part: ContentPart.Playbooks, File: "discount.yaml" } && e.Message.Contains("H-999", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is { Part: ContentPart.Texts, File: "texts.yaml" });
        Assert.Contains(result.Errors, e => e is { Part: ContentPart.Policy, File: "hotel.yaml" } && e.Message.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadAsync_GoodAfterBad_SwapsAndClearsTheErrors()
    {
        var store = await ContentStore.OpenAsync(_content.Loader(), CancellationToken.None);
        _content.Edit(null, "time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons");
        Assert.False((await store.ReloadAsync(CancellationToken.None)).Succeeded);
        Assert.NotEmpty(store.LastErrors);

        _content.Edit(null, "time_zone: Mars/Olympus_Mons", "time_zone: Asia/Bangkok");
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Empty(store.LastErrors);
        Assert.Equal("Asia/Bangkok", store.Current.Policy.TimeZone.Id);
    }

    [Fact]
    public async Task OpenAsync_MissingLexiconAndBrokenPolicy_ThrowsWithEveryError()
    {
        File.Delete(Path.Combine(_content.Playbooks, "lexicon.yaml"));
        _content.Edit(null, "time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons");

        var ex = await Assert.ThrowsAsync<ContentValidationException>(() => ContentStore.OpenAsync(_content.Loader(), CancellationToken.None));

        Assert.Equal([ContentPart.Lexicon, ContentPart.Policy], ex.Errors.Select(e => e.Part).Order());
        Assert.Contains(ex.Errors, e => e.File == "lexicon.yaml");
    }
}
