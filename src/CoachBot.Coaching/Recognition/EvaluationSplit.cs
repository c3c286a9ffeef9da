using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The deterministic split of an evaluation set into a tuning part and a frozen part: within each stratum
/// (intent, language), cases are ordered by the SHA-256 of their text and the first 35% (rounded, at least
/// one when the stratum has two or more) are frozen. The frozen part is never used to choose keywords.
/// Cases marked <see cref="EvaluationCase.TuningOnly"/> (added from known misses) are tuning and outside the
/// strata, so adding them never moves a case into or out of the frozen part.
/// </summary>
public static class EvaluationSplit
{
    public const double FrozenShare = 0.35;

    public static (IReadOnlyList<EvaluationCase> Tuning, IReadOnlyList<EvaluationCase> Frozen) Split(IEnumerable<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var all = cases.ToList();
        var frozen = new HashSet<EvaluationCase>(ReferenceEqualityComparer.Instance);
        foreach (var stratum in all.Where(c => !c.TuningOnly).GroupBy(c => (c.Intent, c.Language)))
        {
            var n = stratum.Count();
            var take = n < 2 ? 0 : Math.Max(1, (int)Math.Floor((n * FrozenShare) + 0.5));
            foreach (var item in stratum.OrderBy(c => Hash(c.Text), StringComparer.Ordinal).Take(take))
            {
                frozen.Add(item);
            }
        }

        return ([.. all.Where(c => !frozen.Contains(c))], [.. all.Where(frozen.Contains)]);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
