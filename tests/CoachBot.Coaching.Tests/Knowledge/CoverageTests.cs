using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class CoverageTests(RealPlaybooks playbooks) : IClassFixture<RealPlaybooks>
{
    private static IEnumerable<string> Ids(char prefix, int count) =>
        Enumerable.Range(1, count).Select(i => $"{prefix}-{i:00}");

    [Fact]
    public void Compute_ShippedPlaybooks_CiteEveryLiveAndManagerId()
    {
        var report = CoverageReport.Compute(playbooks.Knowledge);

        Assert.All(report.Uses.Where(u => u.Use is SourceUse.Live or SourceUse.Mgr), u =>
            Assert.True(u.Uncited.Count == 0, $"{u.Use}: uncited {string.Join(", ", u.Uncited)}"));
        Assert.True(report.LiveAndManagerComplete);
    }

    [Fact]
    public void Compute_QuizCitationsFromElsewhere_CountTowardsCoverage()
    {
        var before = CoverageReport.Compute(playbooks.Knowledge).Uses.Single(u => u.Use == SourceUse.Quiz);
        var after = CoverageReport.Compute(playbooks.Knowledge, ["H-01"]).Uses.Single(u => u.Use == SourceUse.Quiz);

        Assert.Contains("H-01", before.Uncited);
        Assert.Equal(before.Cited + 1, after.Cited);
    }

    [Fact]
    public void Sources_Registry_MapsEveryInventoryIdToADocumentAndSection()
    {
        var expected = Ids('H', 18).Concat(Ids('W', 10)).Concat(Ids('A', 10)).Concat(Ids('M', 6)).Concat(Ids('P', 16));
        var sources = playbooks.Knowledge.Sources;

        Assert.Equal(expected.Order(StringComparer.Ordinal), sources.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.True(sources.TryGet("H-18", out var discount));
        Assert.Equal("003_a8db3de5f34cbe65.txt", discount.Document.File);
        Assert.Equal("再给5美元的优惠", discount.Section);
        Assert.Equal([SourceUse.Live, SourceUse.Quiz], discount.Uses);
        Assert.True(sources.TryGet("P-08", out var pricing));
        Assert.Equal("zh-Hant", pricing.Document.Language);
    }

    [Fact]
    public void Rules_CiteOnlyRegisteredSources()
    {
        var registered = playbooks.Knowledge.Sources;

        Assert.All(playbooks.Knowledge.CitedSources(), id => Assert.True(registered.TryGet(id, out _), id));
    }
}
