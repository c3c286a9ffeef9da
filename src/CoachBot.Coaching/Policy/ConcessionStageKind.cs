namespace CoachBot.Coaching.Policy;

/// <summary>The steps of a negotiation, in the order they are played (H-18).</summary>
public enum ConcessionStageKind
{
    /// <summary>Hold the current price first: don't spend any authority yet.</summary>
    HoldFirm,

    /// <summary>A small first step, keeping most of the authority in reserve.</summary>
    SmallStep,

    /// <summary>Step away to "ask the manager" and come back with a small extra, presented as the manager's special for regulars.</summary>
    ManagersSpecial,

    /// <summary>The ask is beyond this role's authority (or the authority is spent): bring in the duty manager.</summary>
    CallManager,
}
