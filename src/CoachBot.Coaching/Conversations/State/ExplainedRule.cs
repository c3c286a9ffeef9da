namespace CoachBot.Coaching.Conversations;

/// <summary>One rule that fired: its id, the inventory ids it cites and the facts it matched ("name=value").</summary>
public sealed record ExplainedRule(string RuleId, IReadOnlyList<string> Sources, IReadOnlyList<string> MatchedFacts);
