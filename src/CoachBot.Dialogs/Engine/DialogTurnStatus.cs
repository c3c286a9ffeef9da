namespace CoachBot.Dialogs;

/// <summary>Where a dialog stands after it handled part of a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>The dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
