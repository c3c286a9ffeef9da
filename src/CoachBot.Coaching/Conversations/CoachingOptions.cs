namespace CoachBot.Coaching.Conversations;

/// <summary>Settings of the coaching dialogs.</summary>
public sealed class CoachingOptions
{
    /// <summary>The clock (for the season calendar, the duty roster and note expiry).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The most follow-up questions asked before advice is given (the first reply must come fast).</summary>
    public int MaxQuestions { get; init; } = 2;

    /// <summary>
    /// Where the reps' saved call notes are read from, for "my notes": the host's store. Required, so that a host
    /// that forgets it fails to build instead of telling every rep they have no notes; <see cref="NoCallNotes"/>
    /// says so on purpose.
    /// </summary>
    public required ICallNoteReader CallNotes { get; init; }
}
