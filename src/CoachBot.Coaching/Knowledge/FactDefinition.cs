using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>One fact of <c>facts.yaml</c>: its kind, an enum's values, and who may set it.</summary>
public sealed record FactDefinition(string Name, FactKind Kind, IReadOnlyList<string> Values, IReadOnlyList<string> SetBy)
{
    /// <summary>
    /// What each value means in people's words ("true" → "the guest wants compensation"), for "why?"; a value
    /// without a phrase is left out of explanations (the situation's name already says it).
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> Says { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>True when <paramref name="symbol"/> is one of an enum fact's values.</summary>
    public bool Allows(string symbol)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i], symbol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
