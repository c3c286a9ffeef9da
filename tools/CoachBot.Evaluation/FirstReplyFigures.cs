namespace CoachBot.Evaluation;

/// <summary>The figures of a group of outcomes: each a share of the cases it applies to.</summary>
public sealed record FirstReplyFigures(
    int Cases,
    int ExpectingAdvice,
    int AdvicePresent,
    int AdviceRight,
    int WithExpectedIds,
    int ExpectedCited,
    int ForbiddenCited,
    int LanguageRight,
    int FiguresRight,
    int Passed)
{
    public static FirstReplyFigures Of(IEnumerable<FirstReplyOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new FirstReplyFigures(
            list.Count,
            list.Count(o => o.Case.Advice),
            list.Count(o => o.Case.Advice && o.AdvicePresent),
            list.Count(o => o.AdviceRight),
            list.Count(o => o.ExpectedCited is not null),
            list.Count(o => o.ExpectedCited == true),
            list.Count(o => o.ForbiddenCited),
            list.Count(o => o.LanguageRight),
            list.Count(o => o.FiguresRight),
            list.Count(o => o.Passed));
    }

    /// <summary>Advice present among the cases that expect advice (issue 9's figure); 1 when none does.</summary>
    public double AdviceShare => Share(AdvicePresent, ExpectingAdvice);

    public double ExpectedShare => Share(ExpectedCited, WithExpectedIds);

    public double LanguageShare => Share(LanguageRight, Cases);

    public double FiguresShare => Share(FiguresRight, Cases);

    public double PassShare => Share(Passed, Cases);

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
