namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Holds the current knowledge base. <see cref="ReloadAsync"/> swaps in a new set only if it loads without
/// errors; otherwise the last good set stays and the errors are returned. Readers never see a half-built set.
/// </summary>
public sealed class KnowledgeStore
{
    private readonly PlaybookLoader _loader;
    private KnowledgeBase _current;

    private KnowledgeStore(string directory, PlaybookLoader loader, KnowledgeBase current)
    {
        Directory = directory;
        _loader = loader;
        _current = current;
    }

    public string Directory { get; }

    /// <summary>The last good knowledge base.</summary>
    public KnowledgeBase Current => Volatile.Read(ref _current);

    /// <summary>The errors of the last reload that failed (empty after a good one).</summary>
    public IReadOnlyList<PlaybookError> LastErrors { get; private set; } = [];

    /// <summary>Loads the playbooks; throws with every error when they are invalid (the bot must not start).</summary>
    public static async Task<KnowledgeStore> OpenAsync(string directory, CancellationToken cancellationToken, PlaybookLoader? loader = null)
    {
        loader ??= new PlaybookLoader();
        var result = await loader.LoadAsync(directory, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new KnowledgeStore(directory, loader, result.Knowledge)
            : throw new PlaybookValidationException(result.Errors);
    }

    /// <summary>Reloads from the same directory; on errors keeps the current set and returns them.</summary>
    public async Task<LoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        // Loading happens outside any lock; only the swap is atomic, so readers never wait on a reload.
        var result = await _loader.LoadAsync(Directory, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            Volatile.Write(ref _current, result.Knowledge);
        }

        LastErrors = result.Errors;
        return result;
    }

    /// <summary>An engine over the current set; cheap, so take one per turn.</summary>
    public RulesEngine Engine() => new(Current);
}
