using System.Text.Json;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Tests.Recognition;

// Not ".Evaluation": that would hide the Knowledge.Evaluation type from sibling test namespaces.
namespace CoachBot.Coaching.Tests.Evaluations;

public sealed class RecognitionEvaluatorTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    private static EvaluationCase Case(string text, string intent, string facts = "{}") =>
        new(text, "en", "latin", intent, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(facts), null);

    [Fact]
    public void Run_MixedResults_AccuracyPrecisionRecallAndConfusion()
    {
        var cases = new[]
        {
            Case("the guest complains about the noise", "complaint"),
            Case("guest wants a discount", "discount_request"),
            Case("guest wants a discount again", "complaint"), // labelled wrong on purpose: one miss
            Case("quiz me", "quiz"),
        };

        var report = new RecognitionEvaluator(fixture.Recogniser).Run("sample", cases);

        Assert.Equal(0.75, report.IntentAccuracy, 3);
        var discount = report.PerIntent.Single(m => m.Intent == "discount_request");
        Assert.Equal(0.5, discount.Precision, 3);
        Assert.Equal(1.0, discount.Recall, 3);
        Assert.Equal(1, report.Confusion["complaint"]["discount_request"]);
        Assert.True(double.IsNaN(report.SourceCitedShare));
    }

    [Fact]
    public void Run_ExpectedFacts_MissesListedAndAbsenceChecked()
    {
        var cases = new[]
        {
            Case("the guest is furious", "complaint", """{"guest_emotion": "angry", "emergency": null}"""),
            Case("the guest is furious", "complaint", """{"guest_emotion": "calm", "lost_property": true}"""),
        };

        var report = new RecognitionEvaluator(fixture.Recogniser).Run("sample", cases);

        Assert.Empty(report.Cases[0].MissedFacts);
        Assert.Equal(2, report.Cases[1].MissedFacts.Count);
        Assert.Equal(0.5, report.FactAccuracy, 3);
    }

    [Fact]
    public void Write_Report_ShowsTotalsAndFailingCase()
    {
        var report = new RecognitionEvaluator(fixture.Recogniser).Run("sample", [Case("guest wants a discount", "complaint")]);

        var text = EvaluationReportWriter.Write(report);

        Assert.Contains("intent accuracy   0.0 %", text, StringComparison.Ordinal);
        Assert.Contains("FAIL [en/complaint→discount_request", text, StringComparison.Ordinal);
    }
}
