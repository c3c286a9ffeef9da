namespace CoachBot.Coaching.Knowledge;

/// <summary>The outcome of loading the playbooks: a knowledge base, or every error found (never just the first).</summary>
public sealed class LoadResult
{
    private LoadResult(KnowledgeBase? knowledge, IReadOnlyList<PlaybookError> errors)
    {
        Knowledge = knowledge;
        Errors = errors;
    }

    public KnowledgeBase? Knowledge { get; }

    public IReadOnlyList<PlaybookError> Errors { get; }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Knowledge))]
    public bool Succeeded => Knowledge is not null;

    public static LoadResult Success(KnowledgeBase knowledge) => new(knowledge, []);

    public static LoadResult Failure(IReadOnlyList<PlaybookError> errors) => new(null, errors);
}
