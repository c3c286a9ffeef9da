namespace CoachBot.Coaching.Content;

/// <summary>
/// Holds the current coaching content. <see cref="ReloadAsync"/> swaps in a new set only when every part of it
/// loads without errors; otherwise the last good set stays and the errors are returned. Readers take
/// <see cref="Current"/> once per turn and never see a half-built or mixed set.
/// </summary>
public sealed class ContentStore
{
    private readonly Lock _swap = new();
    private ContentSet _current;
    private long _started;
    private long _settled;

    private ContentStore(ContentLoader loader, ContentSet current)
    {
        Loader = loader;
        _current = current;
    }

    /// <summary>Where the content comes from (what a reload reads again).</summary>
    public ContentLoader Loader { get; }

    /// <summary>The last good set.</summary>
    public ContentSet Current => Volatile.Read(ref _current);

    /// <summary>The errors of the last reload that failed (empty after a good one).</summary>
    public IReadOnlyList<ContentError> LastErrors { get; private set; } = [];

    /// <summary>Loads the content; throws with every error when it is invalid (the bot must not start).</summary>
    /// <exception cref="ContentValidationException">Some part has errors; every one of them is in the exception.</exception>
    public static async Task<ContentStore> OpenAsync(ContentLoader loader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loader);
        var result = await loader.LoadAsync(cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new ContentStore(loader, result.Content)
            : throw new ContentValidationException(result.Errors);
    }

    /// <summary>Loads the whole set again; on errors keeps the current set and returns them.</summary>
    public async Task<ContentLoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        // Loading happens outside the lock; only the swap is guarded, so readers never wait on a reload. The
        // ticket lets the reload that started last decide: a slower one that read older files is dropped.
        var ticket = Interlocked.Increment(ref _started);
        var result = await Loader.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (result.Succeeded && Lost(Current, result.Content) is { Count: > 0 } lost)
        {
            result = new ContentLoadResult(null, lost);
        }

        lock (_swap)
        {
            if (ticket > _settled)
            {
                _settled = ticket;
                LastErrors = result.Errors;
                if (result.Succeeded)
                {
                    Volatile.Write(ref _current, result.Content);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A set that is valid on its own but has lost a whole domain (its file deleted or emptied, a half-copied folder)
    /// is not a good set: the situations it coached would fall to "no advice", and the safety card must never go.
    /// </summary>
    private static List<ContentError> Lost(ContentSet current, ContentSet next)
    {
        var kept = next.Knowledge.Domains.ToHashSet(StringComparer.Ordinal);
        return [.. current.Knowledge.Domains.Append(SafetyDomain).Distinct(StringComparer.Ordinal)
            .Where(d => !kept.Contains(d))
            .Select(d => new ContentError(ContentPart.Playbooks, "playbooks", 1,
                $"the rules of the '{d}' domain are gone (a playbook file removed or emptied?); the last good content stays until they are back"))];
    }

    private const string SafetyDomain = "safety";
}
