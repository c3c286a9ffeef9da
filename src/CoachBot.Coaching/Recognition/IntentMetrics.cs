namespace CoachBot.Coaching.Recognition;

/// <summary>Precision and recall of one intent over an evaluation part (NaN when undefined).</summary>
public sealed record IntentMetrics(string Intent, int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? double.NaN : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? double.NaN : (double)Correct / Expected;
}
