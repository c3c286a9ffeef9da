using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// The outcome of reading a request body: the activity, and every problem that makes it unusable
/// (the host answers 400 when there is any). The activity may be present even with problems, for logging ids.
/// </summary>
public sealed record ActivityReadResult(Activity? Activity, IReadOnlyList<string> Problems)
{
    [MemberNotNullWhen(true, nameof(Activity))]
    public bool Succeeded => Activity is not null && Problems.Count == 0;
}
