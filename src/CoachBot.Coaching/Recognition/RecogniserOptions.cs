namespace CoachBot.Coaching.Recognition;

/// <summary>Settings of the recogniser.</summary>
public sealed class RecogniserOptions
{
    /// <summary>Below this confidence (0–1) the recogniser asks a clarification instead of guessing.</summary>
    public double ClarifyBelow { get; set; } = 0.45;
}
