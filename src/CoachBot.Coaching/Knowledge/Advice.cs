using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// The advice merged from every rule that fired, in firing order: the situation's classification (from the
/// first rule that classifies), lines to say now, things to avoid, next steps, questions for facts still
/// unknown, the most urgent escalation, and the inventory ids it rests on.
/// </summary>
public sealed record Advice(
    Classification? Classification,
    IReadOnlyList<LocalizedText> Say,
    IReadOnlyList<LocalizedText> Avoid,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyList<FactQuestion> Questions,
    Escalation? Escalation,
    IReadOnlyList<string> Citations,
    bool IsEmergency)
{
    public static Advice Empty { get; } = new(null, [], [], [], [], null, [], false);

    public bool IsEmpty => Classification is null && Say.Count == 0 && Steps.Count == 0 && Avoid.Count == 0 && Questions.Count == 0;

    /// <summary>Merges the outcomes of <paramref name="fired"/>; a question is kept only if its fact is not yet known.</summary>
    public static Advice Merge(IReadOnlyList<RuleFiring> fired, FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(fired);
        ArgumentNullException.ThrowIfNull(facts);
        if (fired.Count == 0)
        {
            return Empty;
        }

        Classification? classification = null;
        Escalation? escalation = null;
        List<LocalizedText> say = [], avoid = [], steps = [];
        List<FactQuestion> questions = [];
        List<string> citations = [];
        foreach (var firing in fired)
        {
            var then = firing.Outcome;
            classification ??= then.Classification;
            AddDistinct(say, then.Say);
            AddDistinct(avoid, then.Avoid);
            AddDistinct(steps, then.Steps);
            foreach (var question in then.Ask)
            {
                if (!facts.TryGet(question.Fact, out _) && !questions.Exists(q => q.Fact == question.Fact))
                {
                    questions.Add(question);
                }
            }

            if (then.Escalation is { } e && (escalation is null || e.Urgency > escalation.Urgency))
            {
                escalation = e;
            }

            foreach (var source in firing.Sources)
            {
                if (!citations.Contains(source))
                {
                    citations.Add(source);
                }
            }
        }

        return new Advice(classification, say, avoid, steps, questions, escalation, citations, fired[0].OverridesAll);
    }

    /// <summary>The advice's texts in one language (a code or tag read by <see cref="ReplyLanguage.FromCode"/>).</summary>
    public LocalizedAdvice Localize(string language, bool traditional = false)
    {
        var code = ReplyLanguage.FromCode(language, traditional);
        return new LocalizedAdvice(
            code.Tag,
            Classification?.Key,
            Classification?.Label.For(code),
            [.. Say.Select(t => t.For(code))],
            [.. Avoid.Select(t => t.For(code))],
            [.. Steps.Select(t => t.For(code))],
            [.. Questions.Select(q => new LocalizedQuestion(
                q.Fact, q.Question.For(code), [.. q.Options.Select(o => new LocalizedOption(o.Value.ToString(), o.Label.For(code)))]))],
            Escalation is null ? null : new LocalizedEscalation(Escalation.To, Escalation.Urgency, Escalation.Reason.For(code)),
            Citations,
            IsEmergency);
    }

    private static void AddDistinct(List<LocalizedText> into, IReadOnlyList<LocalizedText> texts)
    {
        foreach (var text in texts)
        {
            if (!into.Contains(text))
            {
                into.Add(text);
            }
        }
    }
}
