namespace CoachBot.Coaching.Policy;

/// <summary>
/// One step of a plan: the extra taken off at this step, the total off one night so far (including what was
/// given before), the resulting price and its effective percentage off. Figures are rounded per the currency,
/// always in the direction that keeps them within authority.
/// </summary>
public sealed record ConcessionStage(ConcessionStageKind Kind, decimal ExtraOff, decimal TotalOff, decimal Price, decimal EffectivePercent);
