using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Coaching.Content;

/// <summary>The outcome of loading the coaching content: a whole set, or every error of every part (never a part of a set).</summary>
public sealed record ContentLoadResult(ContentSet? Content, IReadOnlyList<ContentError> Errors)
{
    [MemberNotNullWhen(true, nameof(Content))]
    public bool Succeeded => Content is not null;
}
