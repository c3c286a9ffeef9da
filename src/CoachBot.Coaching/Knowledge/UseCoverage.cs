namespace CoachBot.Coaching.Knowledge;

/// <summary>Coverage of one use: cited out of total, and the ids nobody cites yet.</summary>
public sealed record UseCoverage(SourceUse Use, int Total, int Cited, IReadOnlyList<string> Uncited);
