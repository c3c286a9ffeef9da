using System.Text.Json;
using CoachBot.Coaching.Knowledge;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads the <c>example_labels</c> section (what each label stands for, in facts of <c>facts.yaml</c>) and the
/// labelled examples of <c>recogniser/examples.jsonl</c>, one <c>{"id", "label", "text"}</c> per line.
/// </summary>
internal sealed partial class LexiconLoader
{
    public const string ExamplesFile = "recogniser/examples.jsonl";

    private Dictionary<string, ExampleLabel> ReadExampleLabels(YamlNode? node)
    {
        var labels = new Dictionary<string, ExampleLabel>(StringComparer.Ordinal);
        foreach (var (name, body) in Sections(node, null))
        {
            string? intent = null;
            var facts = new List<KeyValuePair<string, string>>();
            foreach (var (fact, valueNode) in Sections(body, null))
            {
                var value = Text(valueNode);
                if (value is null)
                {
                    continue;
                }

                if (fact == "intent")
                {
                    intent = _intents.Contains(value) ? value : null;
                    if (intent is null)
                    {
                        Error(valueNode, $"unknown intent '{value}' in example label '{name}'");
                    }
                }
                else if (!_facts.TryGetValue(fact, out var known) || !known.RecogniserMaySet)
                {
                    Error(valueNode, $"example label '{name}': '{fact}' is not a fact the recogniser may set");
                }
                else if (known.Kind == FactKind.Bool ? value is not ("true" or "false") : known.Kind != FactKind.Enum || !known.Values.Contains(value))
                {
                    Error(valueNode, $"example label '{name}': '{fact}' has no value '{value}'");
                }
                else
                {
                    facts.Add(new(fact, value));
                }
            }

            if (intent is null)
            {
                Error(body, $"example label '{name}' needs an intent");
                continue;
            }

            labels[name] = new ExampleLabel(name, intent, facts);
        }

        return labels;
    }

    private ExampleBank ReadExamples(string jsonl, Dictionary<string, ExampleLabel> labels, Abbreviations abbreviations)
    {
        var examples = new List<(string, ExampleLabel)>();
        var lineNumber = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var label = document.RootElement.GetProperty("label").GetString() ?? string.Empty;
                var text = document.RootElement.GetProperty("text").GetString() ?? string.Empty;
                if (!labels.TryGetValue(label, out var known))
                {
                    _errors.Add($"{ExamplesFile}:{lineNumber}: unknown label '{label}' (not in example_labels)");
                }
                else if (text.Length > 0)
                {
                    examples.Add((abbreviations.Expand(_normaliser.Fold(text)), known));
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                _errors.Add($"{ExamplesFile}:{lineNumber}: expected {{\"id\", \"label\", \"text\"}}: {ex.Message}");
            }
        }

        return ExampleBank.Build(examples);
    }
}
