namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Picks the intent with the highest score. Confidence grows with the evidence for the winner and shrinks
/// with the evidence for the runner-up: one ordinary keyword alone gives about 0.5, two agreeing keywords
/// about 0.75, and two intents with equal evidence at most 0.5 of that.
/// </summary>
internal static class IntentScorer
{
    private const double Scale = 1.5;

    public static (string Intent, double Confidence) Choose(IReadOnlyDictionary<string, double> scores)
    {
        string? best = null;
        double first = 0, second = 0;
        foreach (var (intent, score) in scores)
        {
            if (score > first)
            {
                (second, first, best) = (first, score, intent);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        if (best is null)
        {
            return ("unknown", 0);
        }

        var confidence = (1 - Math.Exp(-first / Scale)) * (first / (first + second));
        return (best, Math.Round(confidence, 3));
    }
}
