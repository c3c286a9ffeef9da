namespace CoachBot.Coaching.Policy;

/// <summary>
/// One step of a plan: the extra taken off at this step on top of the step before (so a staffer reading "$10 more",
/// then "$11 more" gives $21 in all), the total off one night so far (including what was given before), the
/// resulting price (the previous step's price less <see cref="ExtraOff"/>) and its effective percentage off in all. Figures are rounded per the currency,
/// always in the direction that keeps them within authority.
/// </summary>
public sealed record ConcessionStage(ConcessionStageKind Kind, decimal ExtraOff, decimal TotalOff, decimal Price, decimal EffectivePercent);
