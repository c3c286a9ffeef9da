using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class KnowledgeStoreTests : IDisposable
{
    private const string Valid = """
        domain: test
        rules:
          - id: t.praise
            sources: [H-14]
            priority: 1
            when: { fact: praise, op: is_true }
            then:
              say:
                - { en: Thanks, vi: Cảm ơn, zh: 谢谢, zh-Hant: 謝謝 }
        """;

    private readonly TempPlaybooks _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ReloadAsync_InvalidEdit_KeepsTheLastGoodSetAndReportsErrors()
    {
        _dir.Write("test.yaml", Valid);
        var store = await KnowledgeStore.OpenAsync(_dir.Directory, CancellationToken.None);
        var good = store.Current;

        _dir.Write("test.yaml", Valid.Replace("praise", "applause", StringComparison.Ordinal));
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Same(good, store.Current);
        Assert.Contains(store.LastErrors, e => e.File == "test.yaml" && e.Line == 6);
        Assert.True(store.Engine().Evaluate(new FactSet().Set("praise", true)).HasFired("t.praise"));
    }

    [Fact]
    public async Task ReloadAsync_ValidEdit_SwapsInTheNewSet()
    {
        _dir.Write("test.yaml", Valid);
        var store = await KnowledgeStore.OpenAsync(_dir.Directory, CancellationToken.None);

        _dir.Write("test.yaml", Valid.Replace("t.praise", "t.thanks", StringComparison.Ordinal));
        var result = await store.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Empty(store.LastErrors);
        Assert.Equal("t.thanks", Assert.Single(store.Current.Rules).Id);
    }

    [Fact]
    public async Task OpenAsync_InvalidPlaybooks_ThrowsWithEveryError()
    {
        _dir.Write("a.yaml", Valid.Replace("praise", "applause", StringComparison.Ordinal));
        _dir.Write("b.yaml", Valid.Replace("H-14", "H-99", StringComparison.Ordinal).Replace("t.praise", "t.other", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<PlaybookValidationException>(() => KnowledgeStore.OpenAsync(_dir.Directory, CancellationToken.None));

        Assert.Equal(["a.yaml", "b.yaml"], ex.Errors.Select(e => e.File).Order());
    }
}
