namespace CoachBot.Coaching.Policy;

/// <summary>
/// A staged negotiation that never exceeds the role's authority and never spends it all at once: the stages in
/// order, what is kept in reserve after the last offer, and whether the duty manager must be brought in.
/// </summary>
public sealed record ConcessionPlan(ConcessionAssessment Assessment, IReadOnlyList<ConcessionStage> Stages, decimal Reserve)
{
    /// <summary>Whether the ask is beyond authority, so the plan ends by calling the manager.</summary>
    public bool NeedsManager => Stages.Count > 0 && Stages[^1].Kind == ConcessionStageKind.CallManager;

    /// <summary>The last offer the plan makes (the hold-firm stage when it offers nothing more).</summary>
    public ConcessionStage FinalOffer => Stages.Last(s => s.Kind != ConcessionStageKind.CallManager);
}
