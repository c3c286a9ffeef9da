using CoachBot.Coaching.Recognition;

// Not ".Evaluation": that would hide the Knowledge.Evaluation type from sibling test namespaces.
namespace CoachBot.Coaching.Tests.Evaluations;

public sealed class EvaluationSplitTests
{
    private static readonly string[] Intents =
        ["complaint", "discount_request", "incumbent", "objection", "lost_account", "manager_question", "sales_question", "quiz", "help", "greeting", "unknown"];

    [Fact]
    public void Parts_NoTextInBoth_AndFrozenAtLeastThirtyPercent()
    {
        var tuning = EvaluationData.Tuning.Select(c => c.Text).ToHashSet();
        var frozen = EvaluationData.Frozen.Select(c => c.Text).ToHashSet();

        Assert.Empty(tuning.Intersect(frozen));
        Assert.Equal(EvaluationData.Tuning.Count, tuning.Count);
        Assert.Equal(EvaluationData.Frozen.Count, frozen.Count);
        Assert.True(frozen.Count >= 0.30 * (tuning.Count + frozen.Count), $"frozen {frozen.Count} of {tuning.Count + frozen.Count}");
        Assert.True(tuning.Count + frozen.Count >= 220);
    }

    [Fact]
    public void Parts_AreTheDeterministicSplitOfTheirUnion()
    {
        var (tuning, frozen) = EvaluationSplit.Split(EvaluationData.Tuning.Concat(EvaluationData.Frozen));

        Assert.Equal(EvaluationData.Frozen.Select(c => c.Text).Order(), frozen.Select(c => c.Text).Order());
        Assert.Equal(EvaluationData.Tuning.Select(c => c.Text).Order(), tuning.Select(c => c.Text).Order());
    }

    [Fact]
    public void Frozen_CoversEveryIntentInEveryLanguage()
    {
        foreach (var language in new[] { "en", "vi", "zh" })
        {
            foreach (var intent in Intents)
            {
                Assert.Contains(EvaluationData.Frozen, c => c.Language == language && c.Intent == intent);
            }
        }
    }

    [Fact]
    public void Set_HasEveryScriptAndDiacriticFreeVietnamese()
    {
        var all = EvaluationData.Tuning.Concat(EvaluationData.Frozen).ToList();

        Assert.Contains(all, c => c.Script == "hant");
        Assert.Contains(all, c => c.Script == "hans");
        Assert.Contains(all, c => c.Language == "vi" && c.Text.All(ch => ch < 0x80));
        Assert.Contains(all, c => c.Language == "vi" && c.Text.Any(ch => ch >= 0x80));
    }
}
