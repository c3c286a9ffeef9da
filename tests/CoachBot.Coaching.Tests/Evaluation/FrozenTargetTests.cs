using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;

// Not ".Evaluation": that would hide the Knowledge.Evaluation type from sibling test namespaces.
namespace CoachBot.Coaching.Tests.Evaluations;

/// <summary>
/// The targets on the frozen part, which was never used to choose keywords: a lexicon or playbook change
/// that makes the bot misread what staff type, or stop citing the right inventory id, fails the build.
/// </summary>
public sealed class FrozenTargetTests
{
    private const double Target = 0.90;

    [Fact]
    public void Frozen_IntentAccuracy_AtLeastNinetyPercent()
    {
        var report = new RecognitionEvaluator(Recogniser.LoadDefault()).Run("frozen", EvaluationData.Frozen);

        Assert.True(report.IntentAccuracy >= Target, EvaluationReportWriter.Write(report));
    }

    [Fact]
    public async Task Frozen_ExpectedSourceCited_AtLeastNinetyPercent()
    {
        var loaded = await new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None);
        var engine = new RulesEngine(Assert.IsType<KnowledgeBase>(loaded.Knowledge));

        var report = new RecognitionEvaluator(Recogniser.LoadDefault(), engine).Run("frozen", EvaluationData.Frozen);

        Assert.True(report.SourceCitedShare >= Target, EvaluationReportWriter.Write(report));
    }
}
