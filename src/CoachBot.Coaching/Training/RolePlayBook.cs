using System.Collections.Frozen;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Training;

/// <summary>
/// The trainer role plays (<c>roleplay/*.yaml</c>): every scenario, the checks they share, the pass mark, the grader,
/// and which scenario a trainee's words name. Immutable and thread-safe; built by <see cref="RolePlayBookLoader"/>.
/// </summary>
public sealed class RolePlayBook
{
    private readonly Func<string, string> _fold;
    private readonly KeywordAutomaton _triggers;
    private readonly RolePlayScenario[] _triggerScenario;
    private readonly FrozenDictionary<string, RolePlayScenario> _byId;

    internal RolePlayBook(IReadOnlyList<RolePlayCheck> checks, IReadOnlyList<RolePlayScenario> scenarios, int passMark, NegationRules negation, Func<string, string> fold)
    {
        Checks = checks;
        Scenarios = scenarios;
        PassMark = passMark;
        Negation = negation;
        Grader = new AnswerGrader(checks, negation, fold);
        _fold = fold;
        _byId = scenarios.DistinctBy(s => s.Id, StringComparer.Ordinal).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

        // Every trigger of every language, folded; a trigger named twice keeps its first scenario (the loader refuses that).
        var triggers = new Dictionary<string, RolePlayScenario>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            foreach (var trigger in scenario.Triggers.Values.SelectMany(t => t).Select(fold).Where(t => t.Length > 0))
            {
                triggers.TryAdd(trigger, scenario);
            }
        }

        _triggers = new KeywordAutomaton([.. triggers.Keys]);
        _triggerScenario = [.. triggers.Values];
    }

    /// <summary>A book with no role plays, for a playbooks folder without a <c>roleplay/</c> folder.</summary>
    public static RolePlayBook Empty { get; } = new([], [], RolePlayScore.DefaultPassMark, NegationRules.None, static text => text);

    public IReadOnlyList<RolePlayCheck> Checks { get; }

    public IReadOnlyList<RolePlayScenario> Scenarios { get; }

    /// <summary>The percentage of checks a trainee must pass (the checks file's <c>pass_mark</c>, 80 by default).</summary>
    public int PassMark { get; }

    public NegationRules Negation { get; }

    public AnswerGrader Grader { get; }

    /// <summary>
    /// The scenario whose trigger <paramref name="text"/> holds ("practise the lost bag" → lost-bag), the longest trigger
    /// winning; null when none is named.
    /// </summary>
    public RolePlayScenario? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RolePlayScenario? found = null;
        var longest = 0;
        foreach (var match in _triggers.FindAll(_fold(text)))
        {
            if (match.Length > longest)
            {
                found = _triggerScenario[match.Phrase];
                longest = match.Length;
            }
        }

        return found;
    }

    /// <summary>The scenario with this id (what a conversation's state keeps), or null.</summary>
    public RolePlayScenario? Scenario(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Grades the trainee's answer to <paramref name="turn"/> on that turn's checks.</summary>
    public IReadOnlyList<CheckResult> Grade(RolePlayTurn turn, string answer)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Grader.Grade(answer, turn.Checks);
    }

    /// <summary>The score of a role play's graded checks against this book's pass mark.</summary>
    public RolePlayScore Score(IEnumerable<CheckResult> results) => RolePlayScore.Of(results, PassMark);
}
