namespace CoachBot.Coaching.Policy;

/// <summary>One problem in a policy file, with the file and line it is on.</summary>
public sealed record PolicyError(string File, int Line, string Message)
{
    /// <summary>"file:line: message".</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
