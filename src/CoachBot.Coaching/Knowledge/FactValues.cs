using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Knowledge;

/// <summary>Reads a playbook value as a <see cref="FactValue"/> of the kind its fact declares.</summary>
internal static class FactValues
{
    /// <summary>The typed value, or <c>default</c> after reporting why it does not fit the fact.</summary>
    public static FactValue From(FactDefinition fact, JToken token, Action<string> error)
    {
        switch (fact.Kind)
        {
            case FactKind.Bool when token.Type == JTokenType.Boolean:
                return FactValue.Of((bool)token);
            case FactKind.Number when token.Type is JTokenType.Integer or JTokenType.Float:
                return FactValue.Of((decimal)token);
            case FactKind.Enum when token.Type == JTokenType.String:
                var symbol = (string)token!;
                if (!fact.Allows(symbol))
                {
                    error($"'{symbol}' is not a value of enum fact '{fact.Name}' (values: {string.Join(", ", fact.Values)})");
                }

                return symbol.Length == 0 ? default : FactValue.OfSymbol(symbol);
            default:
                error($"fact '{fact.Name}' is {Describe(fact.Kind)}: value {token.ToString(Newtonsoft.Json.Formatting.None)} has the wrong type");
                return default;
        }
    }

    private static string Describe(FactKind kind) => kind switch
    {
        FactKind.Bool => "a bool (true or false)",
        FactKind.Number => "a number",
        _ => "an enum (one of its values)",
    };
}
