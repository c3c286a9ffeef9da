namespace CoachBot.Evaluation;

/// <summary>
/// The score of one case's first reply.
/// Advice present: a Say-now line on a first screen (any language; the language is scored on its own) and at
/// least one citation entity, the citation not required when the case expects no id (the documents have nothing
/// on a fire or a fight, so the safety advice cites nothing). When a case expects no advice (a quiz request),
/// the reply is right when it has no Say-now line.
/// </summary>
public sealed record FirstReplyOutcome(FirstReplyCase Case, FirstReply Reply)
{
    public bool AdvicePresent => Reply.HasSayNow && (Reply.CitedIds.Count > 0 || Case.Expected.Count == 0);

    /// <summary>Advice when the case expects it, none when it does not.</summary>
    public bool AdviceRight => Case.Advice ? AdvicePresent : !Reply.HasSayNow;

    /// <summary>An expected id is cited; null when the case lists none.</summary>
    public bool? ExpectedCited => Case.Expected.Count == 0 ? null : Case.Expected.Any(Reply.CitedIds.Contains);

    public bool ForbiddenCited => Case.Forbidden.Any(Reply.CitedIds.Contains);

    /// <summary>Every message of the reply in the case's language and script.</summary>
    public bool LanguageRight => Reply.Messages > 0 && Reply.Languages.All(l => ReplyLanguage.Suits(l, Case.Language))
        && (Reply.SayNowLanguage is null || Reply.SayNowLanguage == Case.Language);

    /// <summary>What the reply was about, for the confusion matrix (<see cref="FirstReplyFamilies.OfReply"/>).</summary>
    public string ReplyFamily => FirstReplyFamilies.OfReply(Reply);

    /// <summary>What breaks the figure invariants (<see cref="FigureCheck"/>); empty when the figures hold.</summary>
    public IReadOnlyList<string> FigureProblems => FigureCheck.Problems(Case.Text, Reply.AllText);

    public bool FiguresRight => FigureProblems.Count == 0;

    public bool Passed => AdviceRight && ExpectedCited != false && !ForbiddenCited && LanguageRight && FiguresRight;

    /// <summary>What went wrong, in a few words ("" when the case passed).</summary>
    public string Failures => string.Join(", ", new[]
    {
        AdviceRight ? null : Case.Advice ? (Reply.HasSayNow ? "no citation" : "no advice") : "advice to a quiz request",
        ExpectedCited == false ? $"cites [{string.Join(' ', Reply.CitedIds.Distinct())}] not [{string.Join(' ', Case.Expected)}]" : null,
        ForbiddenCited ? "forbidden id cited" : null,
        LanguageRight ? null : $"reply in {string.Join('/', Reply.Languages.Distinct())}",
        FiguresRight ? null : string.Join(", ", FigureProblems),
    }.OfType<string>());
}
