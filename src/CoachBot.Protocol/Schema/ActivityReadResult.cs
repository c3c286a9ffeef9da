using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// The outcome of reading a request body: the activity, and every problem that makes it unusable
/// (the host answers 400 when there is any). The activity may be present even with problems, for logging ids.
/// </summary>
public sealed record ActivityReadResult(Activity? Activity, IReadOnlyList<string> Problems)
{
    [MemberNotNullWhen(true, nameof(Activity), nameof(Inbound))]
    public bool Succeeded => Inbound is not null;

    /// <summary>The activity with what a turn needs typed non-null; null when there is any problem.</summary>
    public InboundActivity? Inbound { get; } = Activity is not null && Problems.Count == 0 ? new InboundActivity(Activity) : null;
}
