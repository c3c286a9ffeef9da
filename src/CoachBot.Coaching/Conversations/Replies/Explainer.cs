using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Answers "why?" (typed, or the Why button) in people's words and the user's language: the situation and the facts
/// that made it so ("Accusatory complaint, because the guest is angry and the guest wants compensation."), then where
/// the advice comes from (inventory id, document title, section name), with citations. No rule ids, no fact names.
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
        var knowledge = services.Knowledge;
        var situation = Situation(explanation, knowledge, language);
        // A reason that only repeats the situation's name ("… has a supplier, because … has a supplier") says nothing.
        var reasons = Reasons(explanation, knowledge.Facts, language)
            .Where(r => !string.Equals(r, situation, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var text = reasons.Count == 0
            ? services.Texts.Format(CoachTexts.ExplainSituation, language, situation)
            : services.Texts.Format(CoachTexts.ExplainBecause, language, situation, Join(reasons, language));
        var ids = explanation.Rules.SelectMany(r => r.Sources).Distinct(StringComparer.Ordinal).ToList();
        var sources = ids.Select(id => knowledge.Sources.TryGet(id, out var entry)
                ? services.Texts.Format(CoachTexts.ExplainSource, language, id, entry.Document.Title.For(language), entry.Name.For(language))
                : id)
            .ToList();
        if (explanation.Rules.Any(r => r.Sources.Count == 0))
        {
            sources.Add(services.Texts.For(CoachTexts.OwnSafetyPolicy, language));
        }

        await dc.SendAsync(
            new Reply(text)
            {
                Card = new ReplyCard(null, [new ReplySection(services.Texts.For(CoachTexts.ExplainSourcesHeading, language), sources)]),
                Citations = CitationBuilder.Build(ids, knowledge.Sources, language),
            },
            cancellationToken).ConfigureAwait(false);
    }

    // The classification's name without its gloss ("Accusatory complaint"), else the situation's name.
    private string Situation(CoachingExplanation explanation, KnowledgeBase knowledge, ReplyLanguage language)
    {
        var label = explanation.Classification is { } key
            ? knowledge.Rules.Select(r => r.Then.Classification).FirstOrDefault(c => c?.Key == key)?.Label.For(language)
            : null;
        return AdviceTexts.WithoutGloss(label ?? services.Texts.For(AdviceTexts.Situation(explanation.Intent), language));
    }

    // Each fact the rules matched that has words for its value, once, in firing order; then the other facts known
    // (a rule that holds because the guest is NOT calm records no fact, yet "the guest is angry" is why).
    private static List<string> Reasons(CoachingExplanation explanation, FactVocabulary facts, ReplyLanguage language)
    {
        var reasons = new List<string>();
        var known = explanation.Memory?.Facts.Facts.Select(f => $"{f.Name}={f.ToValue()}") ?? [];
        foreach (var matched in explanation.Rules.SelectMany(r => r.MatchedFacts).Concat(known))
        {
            var equals = matched.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && facts.TryGet(matched[..equals], out var fact)
                && fact.Says.TryGetValue(matched[(equals + 1)..], out var says)
                && !reasons.Contains(says.For(language)))
            {
                reasons.Add(says.For(language));
            }
        }

        return reasons;
    }

    private string Join(List<string> reasons, ReplyLanguage language) =>
        reasons.Count == 1
            ? reasons[0]
            : string.Join(services.Texts.For(CoachTexts.ExplainComma, language), reasons[..^1]) + services.Texts.For(CoachTexts.ExplainAnd, language) + reasons[^1];
}
