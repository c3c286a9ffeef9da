namespace CoachBot.Coaching.Training;

/// <summary>
/// The FSRS-6 scheduler's settings. The defaults are the algorithm's published defaults: its 21 parameters (fitted by
/// its authors on millions of reviews), 90 % retention wanted, learning steps of 1 and 10 minutes, one relearning step
/// of 10 minutes, at most 100 years between reviews, and a little random spread of intervals so reviews made together
/// do not all come back on one day.
/// </summary>
public sealed record FsrsOptions
{
    public static IReadOnlyList<double> DefaultParameters { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    public IReadOnlyList<double> Parameters { get; init; } = DefaultParameters;

    public double DesiredRetention { get; init; } = 0.9;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    public int MaximumIntervalDays { get; init; } = 36_500;

    public bool Fuzz { get; init; } = true;
}
