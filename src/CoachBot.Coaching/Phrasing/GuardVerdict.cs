namespace CoachBot.Coaching.Phrasing;

/// <summary>Whether a rephrased text may be sent; when not, why, and what tripped it (a figure, a word; never user text).</summary>
public sealed record GuardVerdict(GuardReason Reason, string? Detail = null)
{
    public static GuardVerdict Accepted { get; } = new(GuardReason.None);

    public bool IsAccepted => Reason == GuardReason.None;
}
