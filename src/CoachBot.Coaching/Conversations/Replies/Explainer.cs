using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Answers "why?" (typed, or the Why button): the rules behind the last advice, the facts each matched, and each
/// source's document title and section, with citations.
/// </summary>
internal sealed class Explainer(CoachingServices services)
{
    public async Task ExplainAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var explanation = dc.GetExplanation<CoachingExplanation>();
        if (explanation is null || explanation.Rules.Count == 0)
        {
            await dc.SendAsync(EngineStrings.NothingToExplain, cancellationToken).ConfigureAwait(false);
            return;
        }

        var language = dc.Language;
        var sources = services.Knowledge.Sources;
        var sections = new List<ReplySection>();
        foreach (var rule in explanation.Rules)
        {
            var lines = new List<string>();
            if (rule.MatchedFacts.Count > 0)
            {
                lines.Add(CoachTexts.ExplainBecause.Format(language, string.Join(", ", rule.MatchedFacts)));
            }

            lines.AddRange(rule.Sources.Select(id => sources.TryGet(id, out var entry)
                ? CoachTexts.ExplainSource.Format(language, id, entry.Document.Title.Get(language.Tag), entry.Section)
                : id));
            if (rule.Sources.Count == 0)
            {
                lines.Add(CoachTexts.OwnSafetyPolicy.For(language));
            }

            sections.Add(new ReplySection(rule.RuleId, lines));
        }

        await dc.SendAsync(
            new Reply(CoachTexts.ExplainIntro.For(language))
            {
                Card = new ReplyCard(null, sections),
                Citations = CitationBuilder.Build(explanation.Rules.SelectMany(r => r.Sources), sources, language),
            },
            cancellationToken).ConfigureAwait(false);
    }
}
