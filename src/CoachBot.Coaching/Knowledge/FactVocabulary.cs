namespace CoachBot.Coaching.Knowledge;

/// <summary>The fact vocabulary of <c>facts.yaml</c>: every fact a rule may test, in file order.</summary>
public sealed class FactVocabulary
{
    private readonly Dictionary<string, FactDefinition> _byName;

    public FactVocabulary(IEnumerable<FactDefinition> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        All = [.. facts];
        _byName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<FactDefinition> All { get; }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactDefinition? definition) =>
        _byName.TryGetValue(name, out definition);
}
