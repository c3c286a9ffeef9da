namespace CoachBot.Coaching.Knowledge;

/// <summary>The registry of <c>sources.yaml</c>: inventory id → document, section and use.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, SourceEntry> _byId;

    public SourceRegistry(IEnumerable<SourceDocument> documents, IEnumerable<SourceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entries);
        Documents = [.. documents];
        Entries = [.. entries];
        _byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>Every inventory id, in file order.</summary>
    public IReadOnlyList<SourceEntry> Entries { get; }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceEntry? entry) =>
        _byId.TryGetValue(id, out entry);
}
