using System.Collections;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// The facts known about one situation: from the recogniser (the user's words), from dialog answers
/// (buttons) and from the hotel policy (role, authority). Names are those of <c>facts.yaml</c>.
/// Later sources overwrite earlier ones, so a button answer corrects a guess from the words.
/// </summary>
public sealed class FactSet : IEnumerable<KeyValuePair<string, FactValue>>
{
    private readonly Dictionary<string, FactValue> _values = new(StringComparer.Ordinal);

    public int Count => _values.Count;

    public FactSet Set(string name, FactValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _values[name] = value;
        return this;
    }

    public FactSet Set(string name, bool value) => Set(name, FactValue.Of(value));

    public FactSet Set(string name, decimal value) => Set(name, FactValue.Of(value));

    public FactSet Set(string name, string symbol) => Set(name, FactValue.OfSymbol(symbol));

    public bool TryGet(string name, out FactValue value) => _values.TryGetValue(name, out value);

    public bool Remove(string name) => _values.Remove(name);

    /// <summary>Copies every fact of <paramref name="other"/> into this set, overwriting.</summary>
    public FactSet Merge(FactSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, value) in other._values)
        {
            _values[name] = value;
        }

        return this;
    }

    public IEnumerator<KeyValuePair<string, FactValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
