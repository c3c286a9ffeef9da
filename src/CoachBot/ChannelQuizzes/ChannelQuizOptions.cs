using System.ComponentModel.DataAnnotations;
using CoachBot.Coaching.Training;
using Microsoft.Extensions.Options;

namespace CoachBot.ChannelQuizzes;

/// <summary>Channel quizzes (configuration section "ChannelQuiz"): how long a question stays open, how many, how they score.</summary>
public sealed class ChannelQuizOptions
{
    public const string SectionName = "ChannelQuiz";

    /// <summary>Seconds a question stays open unless the trainer closes it sooner: time to read a scenario and tap.</summary>
    [Range(10, 600)]
    public int QuestionSeconds { get; set; } = 30;

    /// <summary>Questions when the trainer names no number.</summary>
    [Range(1, 20)]
    public int DefaultQuestions { get; set; } = 5;

    /// <summary>The most questions one channel quiz asks.</summary>
    [Range(1, 20)]
    public int MaxQuestions { get; set; } = 10;

    /// <summary>Points per right answer (Kahoot's: 1000 at once, half at the time limit, +100 per streak up to 500).</summary>
    [ValidateObjectMembers]
    public ScoringSettings Scoring { get; set; } = new();

    public sealed class ScoringSettings
    {
        [Range(10, 100_000)]
        public int MaxPoints { get; set; } = 1000;

        [Range(0, 10_000)]
        public int StreakBonus { get; set; } = 100;

        [Range(0, 100_000)]
        public int MaxStreakBonus { get; set; } = 500;

        public ChannelQuizScoringOptions ToScoring() =>
            new() { MaxPoints = MaxPoints, StreakBonus = StreakBonus, MaxStreakBonus = MaxStreakBonus };
    }
}

/// <summary>Checks <see cref="ChannelQuizOptions"/> at start-up (source-generated from the attributes), every error at once.</summary>
[OptionsValidator]
internal sealed partial class ChannelQuizOptionsValidator : IValidateOptions<ChannelQuizOptions>;
