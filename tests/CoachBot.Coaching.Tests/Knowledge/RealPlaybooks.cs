using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

/// <summary>The playbooks shipped in the output directory, loaded once per test class.</summary>
public sealed class RealPlaybooks
{
    public RealPlaybooks()
    {
        var result = new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Knowledge = result.Knowledge;
        Engine = new RulesEngine(result.Knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public RulesEngine Engine { get; }

    /// <summary>Evaluates and returns the English advice alongside the result tree.</summary>
    public (EvaluationResult Result, LocalizedAdvice Advice) Evaluate(FactSet facts, string? domain = null)
    {
        var evaluation = Engine.Evaluate(facts, domain);
        return (evaluation, evaluation.Advice.Localize("en"));
    }
}
