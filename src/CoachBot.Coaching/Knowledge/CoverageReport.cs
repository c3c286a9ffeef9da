namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// How many inventory ids of each use (live, mgr, quiz) are cited, and which are not. Citations come from
/// the rules, and from anything else that cites ids (quiz questions) passed in by the caller.
/// </summary>
public sealed record CoverageReport(IReadOnlyList<UseCoverage> Uses)
{
    /// <summary>True when every live and mgr id is cited (quiz ids may wait for the quizzes).</summary>
    public bool LiveAndManagerComplete => Uses.Where(u => u.Use is SourceUse.Live or SourceUse.Mgr).All(u => u.Uncited.Count == 0);

    public static CoverageReport Compute(KnowledgeBase knowledge, IEnumerable<string>? otherCitations = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var cited = new HashSet<string>(knowledge.CitedSources(), StringComparer.Ordinal);
        cited.UnionWith(otherCitations ?? []);
        var uses = new[] { SourceUse.Live, SourceUse.Mgr, SourceUse.Quiz }.Select(use =>
        {
            var ids = knowledge.Sources.Entries.Where(e => e.Uses.Contains(use)).Select(e => e.Id).ToArray();
            return new UseCoverage(use, ids.Length, ids.Count(cited.Contains), [.. ids.Where(id => !cited.Contains(id))]);
        });
        return new CoverageReport([.. uses]);
    }
}
