using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Turns the schema-checked rules of one playbook into compiled <see cref="Rule"/>s, checking what a schema
/// cannot: known sources and facts, values of the fact's kind and enum, and contradictions inside an <c>all</c>.
/// Every problem is added to the error list; compiling goes on so that one run reports them all.
/// </summary>
internal sealed class RuleCompiler(YamlJsonDocument document, FactVocabulary? facts, SourceRegistry? sources, List<PlaybookError> errors)
{
    private string? _ruleId;

    public List<Rule> Compile()
    {
        var domain = (string)document.Root["domain"]!;
        var rules = new List<Rule>();
        foreach (var token in (JArray)document.Root["rules"]!)
        {
            rules.Add(CompileRule((JObject)token, domain));
        }

        return rules;
    }

    private Rule CompileRule(JObject node, string domain)
    {
        _ruleId = (string)node["id"]!;
        var sourceIds = ((JArray)node["sources"]!).Select(s => (string)s!).ToArray();
        foreach (var (id, token) in sourceIds.Zip(node["sources"]!))
        {
            if (sources is not null && !sources.TryGet(id, out _))
            {
                Error(token, $"unknown source id '{id}' (not in sources.yaml)");
            }
        }

        var when = node["when"] is JObject condition ? new ConditionCompiler(document, facts, ErrorAt).Compile(condition) : AlwaysCondition.Instance;
        var then = CompileOutcome((JObject)node["then"]!);

        // Safety advice is the product's own policy, not the training documents', so only it may cite nothing.
        if (sourceIds.Length == 0 && !then.OverridesAll)
        {
            Error(node["sources"], "a rule must cite at least one inventory id (only an overrides_all safety rule may cite none)");
        }

        return new Rule(
            _ruleId, domain, sourceIds, (int)node["priority"]!, (string?)node["group"], when, then, document.File, document.LineOf(node));
    }

    private RuleOutcome CompileOutcome(JObject node)
    {
        Classification? classification = node["classification"] is JObject c
            ? new Classification((string)c["key"]!, VocabularyReader.ReadText((JObject)c["label"]!))
            : null;
        Escalation? escalation = node["escalate"] is JObject e
            ? new Escalation(
                Enum.Parse<EscalationTarget>(((string)e["to"]!).Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                Enum.Parse<EscalationUrgency>((string)e["urgency"]!, ignoreCase: true),
                VocabularyReader.ReadText((JObject)e["reason"]!))
            : null;
        var ask = node["ask"] is JArray questions ? questions.Select(q => CompileQuestion((JObject)q)).ToArray() : [];
        return new RuleOutcome(
            classification, Texts(node["steps"]), Texts(node["say"]), Texts(node["avoid"]), ask, escalation,
            node["overrides_all"] is JValue { Type: JTokenType.Boolean } flag && (bool)flag);
    }

    private FactQuestion CompileQuestion(JObject node)
    {
        var fact = (string)node["fact"]!;
        var known = facts is null || facts.TryGet(fact, out _);
        if (!known)
        {
            Error(node["fact"], $"unknown fact '{fact}' (not in facts.yaml)");
        }

        var options = new List<AnswerOption>();
        foreach (var option in ((JArray)node["options"]!).Cast<JObject>())
        {
            var value = known && facts is not null && facts.TryGet(fact, out var definition)
                ? FactValues.From(definition, option["value"]!, message => Error(option["value"], message))
                : default;
            options.Add(new AnswerOption(value, VocabularyReader.ReadText((JObject)option["label"]!)));
        }

        return new FactQuestion(fact, VocabularyReader.ReadText((JObject)node["question"]!), options)
        {
            Refine = VocabularyReader.ReadText((JObject)node["refine"]!),
            NotSure = node["not_sure"] is JObject notSure ? VocabularyReader.ReadText(notSure) : null,
        };
    }

    private static LocalizedText[] Texts(JToken? token) =>
        token is JArray array ? array.Select(t => VocabularyReader.ReadText((JObject)t)).ToArray() : [];

    private void Error(JToken? token, string message) => ErrorAt(document.LineOf(token), message);

    private void ErrorAt(int line, string message) => errors.Add(new PlaybookError(document.File, line, _ruleId, message));
}
