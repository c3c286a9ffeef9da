using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Conversations;

/// <summary>A <see cref="FactSet"/> in a form that round-trips through the stored dialog state.</summary>
public sealed record FactSnapshot(IReadOnlyList<StoredFact> Facts)
{
    /// <summary>No facts.</summary>
    public static FactSnapshot Empty { get; } = new([]);

    /// <summary>A snapshot of <paramref name="facts"/>, sorted by name so the stored state is stable.</summary>
    public static FactSnapshot From(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new([.. facts.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new StoredFact(f.Key, f.Value.Kind, f.Value.Number, f.Value.Symbol))]);
    }

    /// <summary>The facts as a new, mutable set.</summary>
    public FactSet ToFactSet()
    {
        var set = new FactSet();
        foreach (var fact in Facts)
        {
            set.Set(fact.Name, fact.ToValue());
        }

        return set;
    }

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public FactSnapshot With(string name, FactValue value) => From(ToFactSet().Set(name, value));
}
