using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Evaluation;
using Xunit.Abstractions;

namespace CoachBot.Tests.Evaluation;

/// <summary>
/// The frozen part of the first-reply evaluation (tests/evaluation/first-reply), run through the same code as
/// <c>coachbot evaluate-first-reply</c>: every case posted to the real host as the first message of a new
/// conversation. Every reply in the user's language and script; advice on at least <see cref="AdviceFloor"/> of
/// the first replies that expect it (issue 9's target); and all four checks passed on at least <see cref="PassFloor"/>
/// of the cases, just under the share reached, and on <see cref="LanguagePassFloor"/> in each language (issue 10's
/// target: pass ≥ 95% overall, ≥ 90% per language).
/// </summary>
public sealed partial class FirstReplyEvaluationTests(ITestOutputHelper output)
{
    // Issue 9's target: advice on 95% of the frozen first replies that expect it (32% before advice-first).
    private const double AdviceFloor = 0.95;

    // Under the frozen pass share reached (82.6% when 240 more unseen cases joined the set, 95.4% now, issue 10's
    // target of 95%): about six cases of slack, so a change that costs one case elsewhere does not turn CI red, while
    // a real fall back does.
    private const double PassFloor = 0.94;

    // Issue 10's target for each language (Chinese in either script counted together, as the report does).
    private const double LanguagePassFloor = 0.90;

    // The frozen part cannot drift: changing it means changing this line, the README's, and saying why.
    private const string FrozenSha256 = "6bc69bfef46e3a893689d1ebdf822fc46e5d6c7e047279e10b42dfdad27edb16";

    private static readonly string Folder = FirstReplyCaseFile.FindFolder(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("tests/evaluation/first-reply not found above the test binaries");

    [Fact]
    public void FrozenFile_Checksum_MatchesTheReadmeAndThisTest()
    {
        var actual = FirstReplySplit.Sha256Of(Path.Combine(Folder, FirstReplyCaseFile.FrozenFile));
        var readme = ReadmeChecksum().Match(File.ReadAllText(Path.Combine(Folder, "README.md")));

        Assert.True(readme.Success, "The README should state the frozen file's SHA-256.");
        Assert.Equal(FrozenSha256, actual);
        Assert.Equal(FrozenSha256, readme.Groups[1].Value);
    }

    [Fact]
    public async Task Cases_EachPart_HoldsTheIdsThatHashToItAndFortyFrozenPerLanguage()
    {
        var frozen = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.FrozenFile), CancellationToken.None);
        var tuning = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.TuningFile), CancellationToken.None);

        Assert.All(frozen, c => Assert.True(FirstReplySplit.IsFrozen(c.Id), $"{c.Id} hashes to the tuning part"));
        Assert.All(tuning, c => Assert.False(FirstReplySplit.IsFrozen(c.Id), $"{c.Id} hashes to the frozen part"));
        Assert.Empty(frozen.Select(c => c.Id).Intersect(tuning.Select(c => c.Id)));
        Assert.True(frozen.Count + tuning.Count >= 300, $"{frozen.Count + tuning.Count} cases, at least 300 wanted");
        foreach (var language in new[] { "en", "vi", "zh" })
        {
            var count = frozen.Count(c => c.Language.StartsWith(language, StringComparison.Ordinal));
            Assert.True(count >= 40, $"{count} frozen {language} cases, at least 40 wanted");
        }
    }

    [Fact]
    public async Task RecogniserExamples_ComeFromTheTuningPartAndTheTrainingCasesOnly()
    {
        // The recogniser's labelled examples may hold tuning and training cases, never a frozen one: the frozen part
        // measures them. A training case is neither frozen nor tuning, and says nothing a frozen case says.
        var frozen = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.FrozenFile), CancellationToken.None);
        var tuning = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.TuningFile), CancellationToken.None);
        var training = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.TrainingFile), CancellationToken.None);
        var learnable = tuning.Concat(training).Select(c => c.Id).ToHashSet();
        var examples = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Playbooks", "recogniser", "examples.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => (Id: e.GetProperty("id").GetString()!, Text: e.GetProperty("text").GetString()!))
            .ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains(e.Id, learnable));
        Assert.Empty(frozen.Select(c => c.Text).Intersect(examples.Select(e => e.Text)));
        Assert.Empty(training.Select(c => c.Id).Intersect(frozen.Concat(tuning).Select(c => c.Id)));
    }

    [Fact]
    public async Task FirstReply_FrozenCases_AdviceOnNinetyFivePercentEveryReplyInTheUsersLanguageAndNoFallInThePassShare()
    {
        var cases = await FirstReplyCaseFile.LoadAsync(Path.Combine(Folder, FirstReplyCaseFile.FrozenFile), CancellationToken.None);

        var outcomes = await FirstReplyRunner.RunAsync(cases, CancellationToken.None);

        using var report = new StringWriter(CultureInfo.InvariantCulture);
        await FirstReplyReport.WriteAsync(report, "frozen", outcomes, listFailures: true, CancellationToken.None);
        output.WriteLine(report.ToString());
        var figures = FirstReplyFigures.Of(outcomes);
        var noAdvice = outcomes.Where(o => o.Case.Advice && !o.AdvicePresent).Select(o => $"{o.Case.Id} {o.Case.Intent}: {o.Reply.FirstLine}");
        var wrongLanguage = outcomes.Where(o => !o.LanguageRight).Select(o => $"{o.Case.Id} ({o.Case.Language}): {o.Failures}");

        var failing = outcomes.Where(o => !o.Passed).Select(o => $"{o.Case.Id} {o.Case.Intent}: {o.Failures}");
        Assert.True(figures.AdviceShare >= AdviceFloor,
            $"Advice on {figures.AdvicePresent}/{figures.ExpectingAdvice} first replies, {AdviceFloor:P0} at least. Without advice:\n{string.Join('\n', noAdvice)}");
        Assert.True(figures.LanguageShare >= 1.0,
            $"{figures.Cases - figures.LanguageRight} first replies not in the user's language:\n{string.Join('\n', wrongLanguage)}");
        var wrongFigures = outcomes.Where(o => !o.FiguresRight).Select(o => $"{o.Case.Id}: {string.Join(", ", o.FigureProblems)}");
        Assert.True(figures.FiguresShare >= 1.0, $"Figure invariants broken:\n{string.Join('\n', wrongFigures)}");
        Assert.True(figures.PassShare >= PassFloor,
            $"{figures.Passed}/{figures.Cases} first replies pass all four checks, {PassFloor:P0} at least. Failing:\n{string.Join('\n', failing)}");
        foreach (var language in outcomes.GroupBy(o => o.Case.Language == "zh-Hant" ? "zh" : o.Case.Language))
        {
            var own = FirstReplyFigures.Of(language);
            Assert.True(own.PassShare >= LanguagePassFloor, $"{language.Key}: {own.Passed}/{own.Cases} first replies pass, {LanguagePassFloor:P0} at least.");
        }
    }

    [GeneratedRegex(@"`frozen\.jsonl` SHA-256: ([0-9a-f]{64})")]
    private static partial Regex ReadmeChecksum();
}
