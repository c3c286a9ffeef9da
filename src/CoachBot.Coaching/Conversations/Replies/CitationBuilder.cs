using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>Turns inventory ids into citations: the id, the document's title in the reply language, and the section.</summary>
internal static class CitationBuilder
{
    public static IReadOnlyList<Citation> Build(IEnumerable<string> ids, SourceRegistry sources, ReplyLanguage language) =>
        [.. ids.Distinct(StringComparer.Ordinal)
            .Select(id => sources.TryGet(id, out var entry)
                ? new Citation(id, entry.Document.Title.Get(language.Tag), entry.Name.For(language), null)
                : new Citation(id, id, null, null))];
}
