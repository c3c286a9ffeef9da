namespace CoachBot.Coaching.Knowledge;

/// <summary>A rule whose condition held but whose exclusive group had already fired a higher-priority rule.</summary>
public sealed record SuppressedRule(string RuleId, string Group, string WinnerRuleId);
