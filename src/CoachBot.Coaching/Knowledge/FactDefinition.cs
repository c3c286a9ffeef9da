namespace CoachBot.Coaching.Knowledge;

/// <summary>One fact of <c>facts.yaml</c>: its kind, an enum's values, and who may set it.</summary>
public sealed record FactDefinition(string Name, FactKind Kind, IReadOnlyList<string> Values, IReadOnlyList<string> SetBy)
{
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
