using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The messages of a role-play: the case with the other side's first line; after each answer, its checks (passed or
/// failed, each with its inventory ids, a failed one with the phrase it rests on) and the other side's next line; at
/// the end, the score against the pass mark, the checks failed, and behind "Model answers" each turn's model answer
/// with why.
/// </summary>
internal sealed class RolePlayCardBuilder(CoachingServices services)
{
    private const int MaxMissedShown = 3;

    private TextCatalog Texts => services.Texts;

    public Reply Start(RolePlayScenario scenario, ReplyLanguage language) =>
        new(scenario.Setup.For(language))
        {
            Card = new ReplyCard(Texts.Format(RolePlayTexts.Title, language, scenario.Title.For(language)), [])
            {
                Lines = [Line(scenario, scenario.Turns[0].Says.For(language), language), Texts.For(RolePlayTexts.Hint, language)],
            },
            Citations = CitationBuilder.Build(scenario.Sources, services.Knowledge.Sources, language),
        };

    public Reply Answer(RolePlayScenario scenario, int turn, IReadOnlyList<CheckResult> results, ReplyLanguage language)
    {
        var passed = results.Count(r => r.Passed);
        var title = Texts.Format(RolePlayTexts.AnswerTitle, language, turn + 1, scenario.Turns.Count, passed, results.Count);
        return new Reply(title)
        {
            Card = new ReplyCard(null, []) { Lines = [.. results.Select(r => CheckLine(r, language))] },
            Citations = CitationBuilder.Build(results.SelectMany(r => r.Check.Sources), services.Knowledge.Sources, language),
        };
    }

    /// <summary>
    /// What the other side says next: first, when the answer failed a check, how they take that. After an answer, an LLM
    /// (when the host has one) may voice the line as a reaction to it.
    /// </summary>
    public Reply Next(RolePlayScenario scenario, int turn, bool failedACheck, ReplyLanguage language, string? answer = null)
    {
        var previous = scenario.Turns[turn - 1];
        var says = scenario.Turns[turn].Says.For(language);
        var line = failedACheck && previous.Failed is { } failed ? $"{failed.For(language)} {says}" : says;
        var role = scenario.Role == RolePlayRole.Guest ? "the hotel guest" : "the prospect (a client being sold to)";
        return Reply.Say(Line(scenario, line, language)) with
        {
            Voicing = answer is { Length: > 0 } ? new ReplyVoicing(language.Tag, role, scenario.Setup.For(language), line, answer) : null,
        };
    }

    public Reply Done(RolePlayScenario scenario, RolePlayScore score, IReadOnlyList<RolePlayCheck> failed, ReplyLanguage language)
    {
        var title = Texts.Format(RolePlayTexts.DoneTitle, language, score.ChecksPassed, score.ChecksTotal, score.Percent);
        var verdict = Texts.Format(score.Passed ? RolePlayTexts.Passed : RolePlayTexts.NotPassed, language, score.PassMark);
        var missed = failed.DistinctBy(c => c.Id).Select(c => Texts.Format(RolePlayTexts.CheckFailed, language, c.Label.For(language), string.Join(", ", c.Sources))).ToList();
        var more = scenario.Turns.Select((t, i) => new ReplySection(Texts.Format(RolePlayTexts.ModelHeading, language, i + 1), [t.Model.For(language), t.Why.For(language)])).ToList();
        if (missed.Count > MaxMissedShown)
        {
            more.Insert(0, new ReplySection(Texts.For(RolePlayTexts.MissedHeading, language), missed));
        }

        return new Reply(verdict)
        {
            Card = new ReplyCard(title, [])
            {
                // The first screen names at most three missed checks; all of them are behind the button with the model answers.
                Lines = [.. missed.Take(MaxMissedShown)],
                More = new ReplyMore(Texts.For(RolePlayTexts.ModelAnswers, language), more),
            },
            Choices =
            [
                new Choice(Texts.For(RolePlayTexts.TryAgainButton, language), RolePlayButtons.Start(scenario.Id)),
                new Choice(Texts.For(RolePlayTexts.OtherCasesButton, language), RolePlayButtons.ListValue),
            ],
            Citations = CitationBuilder.Build(scenario.Sources.Concat(failed.SelectMany(c => c.Sources)), services.Knowledge.Sources, language),
        };
    }

    /// <summary>The cases there are, one button each.</summary>
    public Reply Pick(RolePlayBook book, ReplyLanguage language) =>
        Reply.Ask(Texts.For(RolePlayTexts.Pick, language), [.. book.Scenarios.Select(s => new Choice(s.Title.For(language), RolePlayButtons.Start(s.Id)))]);

    private string Line(RolePlayScenario scenario, string says, ReplyLanguage language) =>
        Texts.Format(RolePlayTexts.Says, language, Texts.For(scenario.Role == RolePlayRole.Guest ? RolePlayTexts.Guest : RolePlayTexts.Prospect, language), says);

    private string CheckLine(CheckResult result, ReplyLanguage language)
    {
        var label = result.Check.Label.For(language);
        var ids = string.Join(", ", result.Check.Sources);
        if (result.Passed)
        {
            return Texts.Format(RolePlayTexts.CheckPassed, language, label, ids);
        }

        // The checks' Chinese phrases are written in simplified characters: a traditional reader gets the check without the quote.
        var line = Texts.Format(RolePlayTexts.CheckFailed, language, label, ids);
        return result.Phrase is not { Length: > 0 } phrase || language.PrefersTraditional
            ? line
            : Texts.Format(result.Negated ? RolePlayTexts.Negated : RolePlayTexts.Because, language, line, phrase);
    }
}
