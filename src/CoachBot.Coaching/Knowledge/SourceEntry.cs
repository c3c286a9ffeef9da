using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// One inventory id (e.g. <c>H-18</c>): the document it comes from, the section as the document names it
/// (in the document's language), and what it is used for.
/// </summary>
public sealed record SourceEntry(string Id, SourceDocument Document, string Section, IReadOnlyList<SourceUse> Uses)
{
    /// <summary>The section's name in every reply language, so an English or Vietnamese reader is not shown Chinese titles.</summary>
    public LocalizedText Name { get; init; } = new(Section, Section, Section, Section);
}
