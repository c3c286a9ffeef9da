namespace CoachBot.Coaching.Training;

/// <summary>What a role-play check looks for in an answer.</summary>
public enum CheckExpectation
{
    /// <summary>Passes when one of the check's phrases occurs un-negated ("I'm so sorry").</summary>
    Present,

    /// <summary>Passes when none of the check's phrases occurs un-negated ("I can't promise compensation" passes "no promise").</summary>
    Absent,
}
