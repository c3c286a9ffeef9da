namespace CoachBot.Coaching.Training;

/// <summary>What is wrong with FSRS settings, every problem at once: the parameters' count and published bounds.</summary>
public static class FsrsOptionsCheck
{
    private static readonly double[] Lower = [0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1];
    private static readonly double[] Upper = [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8];

    public static IReadOnlyList<string> Errors(FsrsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Parameters.Count != Lower.Length)
        {
            errors.Add($"FSRS needs {Lower.Length} parameters, got {options.Parameters.Count}");
        }
        else
        {
            for (var i = 0; i < Lower.Length; i++)
            {
                if (!(options.Parameters[i] >= Lower[i] && options.Parameters[i] <= Upper[i])) // NaN fails too
                {
                    errors.Add($"FSRS parameter {i} is {options.Parameters[i]}, outside {Lower[i]}–{Upper[i]}");
                }
            }
        }

        if (!(options.DesiredRetention > 0 && options.DesiredRetention < 1))
        {
            errors.Add($"the desired retention must be between 0 and 1, got {options.DesiredRetention}");
        }

        if (options.MaximumIntervalDays < 1)
        {
            errors.Add($"the maximum interval must be at least a day, got {options.MaximumIntervalDays}");
        }

        if (options.LearningSteps.Concat(options.RelearningSteps).Any(s => s <= TimeSpan.Zero))
        {
            errors.Add("learning and relearning steps must be longer than zero");
        }

        return errors;
    }
}
