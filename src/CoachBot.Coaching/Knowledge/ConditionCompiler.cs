using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Knowledge;

/// <summary>Compiles a schema-checked <c>when</c> into condition objects and checks each leaf against the vocabulary.</summary>
internal sealed class ConditionCompiler(YamlJsonDocument document, FactVocabulary? facts, Action<int, string> report)
{
    private int _errors;

    public Condition Compile(JObject node)
    {
        var line = document.LineOf(node);
        if (node["all"] is JArray all)
        {
            var errorsBefore = _errors;
            var condition = new AllCondition(all.Select(c => Compile((JObject)c)).ToArray()) { Line = line };

            // A leaf with a bad value has a placeholder operand; reasoning about it would only add noise.
            if (_errors == errorsBefore)
            {
                foreach (var (at, problem) in Contradictions.Find(condition))
                {
                    report(at, "contradictory conditions: " + problem);
                }
            }

            return condition;
        }

        if (node["any"] is JArray any)
        {
            return new AnyCondition(any.Select(c => Compile((JObject)c)).ToArray()) { Line = line };
        }

        if (node["not"] is JObject not)
        {
            return new NotCondition(Compile(not)) { Line = line };
        }

        return CompileLeaf(node, line);
    }

    private void Error(JToken? token, string message)
    {
        _errors++;
        report(document.LineOf(token), message);
    }

    private FactCondition CompileLeaf(JObject node, int line)
    {
        var name = (string)node["fact"]!;
        var op = ParseOperator((string)node["op"]!);
        var value = node["value"];
        FactDefinition? fact = null;
        if (facts is not null && !facts.TryGet(name, out fact))
        {
            Error(node["fact"], $"unknown fact '{name}' (not in facts.yaml)");
        }

        void Fail(string message) => Error(value ?? node, message);

        switch (op)
        {
            case ConditionOperator.Exists or ConditionOperator.IsTrue or ConditionOperator.IsFalse:
                if (value is not null)
                {
                    Fail($"op '{node["op"]}' takes no value");
                }

                if (op != ConditionOperator.Exists && fact is not null && fact.Kind != FactKind.Bool)
                {
                    Fail($"op '{node["op"]}' needs a bool fact; '{name}' is {fact.Kind.ToString().ToLowerInvariant()}");
                }

                return new FactCondition(name, op, default) { Line = line };
            case ConditionOperator.In or ConditionOperator.NotIn:
                if (value is not JArray { Count: > 0 } list)
                {
                    Fail($"op '{node["op"]}' needs a non-empty list value");
                    return new FactCondition(name, op, default) { Line = line };
                }

                var values = list.Select(v => fact is null ? default : FactValues.From(fact, v, m => Error(v, m))).ToArray();
                return new FactCondition(name, op, default, values) { Line = line };
            default:
                if (value is null or JArray)
                {
                    Fail($"op '{node["op"]}' needs one value");
                    return new FactCondition(name, op, default) { Line = line };
                }

                if (op is not (ConditionOperator.Equals or ConditionOperator.NotEquals) && fact is not null && fact.Kind != FactKind.Number)
                {
                    Fail($"op '{node["op"]}' needs a number fact; '{name}' is {fact.Kind.ToString().ToLowerInvariant()}");
                    return new FactCondition(name, op, default) { Line = line };
                }

                var operand = fact is null ? default : FactValues.From(fact, value, Fail);
                return new FactCondition(name, op, operand) { Line = line };
        }
    }

    private static ConditionOperator ParseOperator(string op) => op switch
    {
        "equals" => ConditionOperator.Equals,
        "not_equals" => ConditionOperator.NotEquals,
        "in" => ConditionOperator.In,
        "not_in" => ConditionOperator.NotIn,
        "gt" => ConditionOperator.GreaterThan,
        "gte" => ConditionOperator.GreaterOrEqual,
        "lt" => ConditionOperator.LessThan,
        "lte" => ConditionOperator.LessOrEqual,
        "exists" => ConditionOperator.Exists,
        "is_true" => ConditionOperator.IsTrue,
        _ => ConditionOperator.IsFalse,
    };
}
