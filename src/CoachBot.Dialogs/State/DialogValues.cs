using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>
/// A small named bag of JSON values with typed accessors: a waterfall's scratch values, or the slots of a
/// slot-filling dialog. Values are stored as JSON so the bag survives a round-trip of the state.
/// </summary>
[JsonConverter(typeof(DialogValuesJsonConverter))]
public sealed class DialogValues
{
    private readonly Dictionary<string, JsonElement> _values;

    /// <summary>An empty bag.</summary>
    public DialogValues()
        : this(new Dictionary<string, JsonElement>(StringComparer.Ordinal))
    {
    }

    internal DialogValues(Dictionary<string, JsonElement> values) => _values = values;

    /// <summary>The names that have a value.</summary>
    public IReadOnlyCollection<string> Names => _values.Keys;

    /// <summary>Whether <paramref name="name"/> has a value (null counts as a value).</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/>; returns this bag for chaining.</summary>
    public DialogValues Set<T>(string name, T value)
    {
        _values[name] = DialogStateSerializer.ToElement(value);
        return this;
    }

    /// <summary>The value under <paramref name="name"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public T? Get<T>(string name) => TryGet<T>(name, out var value) ? value : default;

    /// <summary>Reads the value under <paramref name="name"/> as <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        if (_values.TryGetValue(name, out var element) && element.ValueKind != JsonValueKind.Null
            && DialogStateSerializer.FromElement<T>(element) is { } read)
        {
            value = read;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Removes the value under <paramref name="name"/>.</summary>
    public bool Remove(string name) => _values.Remove(name);

    /// <summary>A copy of the values as JSON elements.</summary>
    public IReadOnlyDictionary<string, JsonElement> ToDictionary() => new Dictionary<string, JsonElement>(_values, StringComparer.Ordinal);

    internal void CopyTo(Dictionary<string, JsonElement> target)
    {
        foreach (var (name, value) in _values)
        {
            target[name] = value;
        }
    }
}
