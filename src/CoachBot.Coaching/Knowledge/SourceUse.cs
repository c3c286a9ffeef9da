namespace CoachBot.Coaching.Knowledge;

/// <summary>What an inventory id is used for, as the knowledge inventory says.</summary>
public enum SourceUse
{
    /// <summary>In-the-moment coaching during a shift or a sales conversation.</summary>
    Live,

    /// <summary>Trainer scenario quizzes and practice.</summary>
    Quiz,

    /// <summary>Coaching for supervisors and managers.</summary>
    Mgr,
}
