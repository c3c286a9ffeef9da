namespace CoachBot.Coaching.Knowledge;

/// <summary>One problem found while loading the playbooks, with the file and line it is on.</summary>
public sealed record PlaybookError(string File, int Line, string? RuleId, string Message)
{
    /// <summary>"file:line rule: message", the form <c>validate</c> prints.</summary>
    public override string ToString() =>
        RuleId is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line} {RuleId}: {Message}";
}
