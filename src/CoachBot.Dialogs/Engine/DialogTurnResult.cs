namespace CoachBot.Dialogs;

/// <summary>The status of a dialog after a call, with the result it ended with (kept in memory within the turn only).</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The dialog waits for the user.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog was active.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    /// <summary>The dialogs were cancelled.</summary>
    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);

    /// <summary>The dialog ended with <paramref name="result"/>.</summary>
    public static DialogTurnResult Complete(object? result) => new(DialogTurnStatus.Complete, result);
}
