namespace CoachBot.Coaching.Policy;

/// <summary>The policies loaded (one per property), or every error found; never both a policy and an error of the same file.</summary>
public sealed record PolicyLoadResult(IReadOnlyList<HotelPolicy> Policies, IReadOnlyList<PolicyError> Errors)
{
    /// <summary>True when no file had an error.</summary>
    public bool Succeeded => Errors.Count == 0;
}
