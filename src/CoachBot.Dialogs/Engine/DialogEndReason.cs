namespace CoachBot.Dialogs;

/// <summary>Why a dialog left the stack.</summary>
public enum DialogEndReason
{
    /// <summary>It ended itself with a result.</summary>
    Completed,

    /// <summary>It was cancelled (the user said cancel or start over, or a parent cancelled all).</summary>
    Cancelled,

    /// <summary>It was replaced by another dialog.</summary>
    Replaced,
}
