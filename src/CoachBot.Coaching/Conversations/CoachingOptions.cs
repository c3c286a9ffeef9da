using CoachBot.Coaching.Training;

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

    /// <summary>
    /// Where a trainee's quiz answers are read from, to bring back what is due and show "my scores": the host's
    /// store. Required for the same reason as <see cref="CallNotes"/>; <see cref="NoTrainingRecords"/> on purpose.
    /// </summary>
    public required ITrainingRecords Training { get; init; }

    /// <summary>
    /// The spaced-repetition scheduler's settings: FSRS-6's published parameters, with one learning step of 10 minutes
    /// instead of FSRS's two (1 and 10 minutes), which are for flashcards drilled in one sitting. A quiz question asked
    /// for the first time and missed comes back in the next quiz from 10 minutes on; one answered right graduates at once
    /// and comes back after days (FSRS's first stability for Good, about 2.3 days).
    /// </summary>
    public FsrsOptions Fsrs { get; init; } = new() { LearningSteps = [TimeSpan.FromMinutes(10)] };

    /// <summary>How many questions "quiz me" asks when the trainee does not say.</summary>
    public int QuizLength { get; init; } = 5;

    /// <summary>
    /// The working hours, in the property's time zone, within which a trainee who asked for reminders may get one (at
    /// most one a day): by default 09:00 to 17:00.
    /// </summary>
    public (TimeOnly Start, TimeOnly End) ReminderHours { get; init; } = (new TimeOnly(9, 0), new TimeOnly(17, 0));
}
