using CoachBot.Coaching.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads and validates <c>lexicon.yaml</c> against the fact vocabulary, folds every phrase and compiles
/// them into one automaton. Every problem is collected with its line and reported at once.
/// </summary>
internal sealed partial class LexiconLoader
{
    public const string LexiconFile = "lexicon.yaml";
    public const string TableFile = "recogniser/traditional-simplified.txt";
    public const string FactsFile = "facts.yaml";

    private static readonly string[] PhraseLanguages = ["en", "vi", "zh"];
    private static readonly string[] ReplyLanguages = ["en", "vi", "zh", "zh_hant"];

    private readonly string _file;
    private readonly List<string> _errors = [];
    private readonly PhraseTableBuilder _phrases = new();
    private readonly IReadOnlyDictionary<string, KnownFact> _facts;
    private readonly IReadOnlySet<string> _intents;
    private TextNormaliser _normaliser = new(new Dictionary<char, char>());

    private LexiconLoader(string file, IReadOnlyDictionary<string, KnownFact> facts)
    {
        _file = file;
        _facts = facts;
        _intents = facts.TryGetValue("intent", out var intent) ? intent.Values : new HashSet<string>();
    }

    /// <summary>Loads the lexicon, the character table and the fact vocabulary from a playbooks folder.</summary>
    public static Lexicon Load(string playbooksDirectory)
    {
        var examples = Path.Combine(playbooksDirectory, ExamplesFile);
        return Parse(
            File.ReadAllText(Path.Combine(playbooksDirectory, LexiconFile)),
            File.ReadAllText(Path.Combine(playbooksDirectory, TableFile)),
            File.ReadAllText(Path.Combine(playbooksDirectory, FactsFile)),
            File.Exists(examples) ? File.ReadAllText(examples) : string.Empty);
    }

    public static Lexicon Parse(string lexiconYaml, string tableText, string factsYaml, string examplesJsonl = "")
    {
        var loader = new LexiconLoader(LexiconFile, FactsFileReader.Parse(factsYaml));
        return loader.Build(lexiconYaml, tableText, examplesJsonl);
    }

    private Lexicon Build(string lexiconYaml, string tableText, string examplesJsonl)
    {
        var words = new List<(string Taiwan, string Mainland, int Line)>();
        var table = TraditionalTable.Parse(tableText, Path.GetFileName(TableFile), _errors, words);
        _normaliser = new TextNormaliser(table, words.Select(w => (w.Taiwan, w.Mainland)));
        var root = LoadRoot(lexiconYaml);
        if (root is null)
        {
            throw new LexiconException(_errors);
        }

        var sections = Sections(root, ["version", "language_markers", "neutral", "negation", "intents", "facts", "amounts", "clarification", "commands", "role_priors", "abbreviations", "example_labels"]);
        ReadLanguageMarkers(sections.GetValueOrDefault("language_markers"));
        ReadNeutral(sections.GetValueOrDefault("neutral"));
        var (window, punctuation) = ReadNegation(sections.GetValueOrDefault("negation"));
        ReadIntents(sections.GetValueOrDefault("intents"));
        ReadFacts(sections.GetValueOrDefault("facts"));
        var amounts = ReadAmounts(sections.GetValueOrDefault("amounts"));
        var clarification = ReadClarification(sections.GetValueOrDefault("clarification"));
        var commands = ReadCommands(sections.GetValueOrDefault("commands"));
        var priors = ReadRolePriors(sections.GetValueOrDefault("role_priors"));
        var abbreviations = ReadAbbreviations(sections.GetValueOrDefault("abbreviations"));
        var examples = ReadExamples(examplesJsonl, ReadExampleLabels(sections.GetValueOrDefault("example_labels")), abbreviations);
        if (_errors.Count > 0)
        {
            throw new LexiconException(_errors);
        }

        return new Lexicon
        {
            Normaliser = _normaliser,
            Automaton = _phrases.BuildAutomaton(),
            Targets = _phrases.BuildTargets(),
            NegationWindow = window,
            BreakPunctuation = punctuation,
            Amounts = amounts!,
            Clarification = clarification!,
            Facts = _facts,
            RolePriors = priors,
            Abbreviations = abbreviations,
            Examples = examples,
            Commands = commands,
        };
    }

    private YamlMappingNode? LoadRoot(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            _errors.Add($"{_file}:1: the lexicon must be a mapping");
        }
        catch (YamlException ex)
        {
            _errors.Add($"{_file}:{ex.Start.Line}: {ex.Message}");
        }

        return null;
    }

    private void ReadLanguageMarkers(YamlNode? node)
    {
        foreach (var (language, list) in Sections(node, PhraseLanguages))
        {
            ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.LanguageMarker, language, weight)));
        }
    }

    private void ReadNeutral(YamlNode? node)
    {
        foreach (var (language, list) in Sections(node, PhraseLanguages))
        {
            ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.Neutral, language, weight)));
        }
    }

    private (int Window, string Punctuation) ReadNegation(YamlNode? node)
    {
        var sections = Sections(node, ["window", "break_punctuation", "cues", "breaks"]);
        var window = (int)Number(sections.GetValueOrDefault("window"), 3);
        var punctuation = sections.GetValueOrDefault("break_punctuation") is YamlScalarNode s ? s.Value ?? string.Empty : ",.;!?";
        foreach (var (language, list) in Sections(sections.GetValueOrDefault("cues"), PhraseLanguages))
        {
            ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.Negation, language, weight)));
        }

        foreach (var (language, list) in Sections(sections.GetValueOrDefault("breaks"), PhraseLanguages))
        {
            ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.ClauseBreak, language, weight)));
        }

        return (window, punctuation);
    }

    private void ReadIntents(YamlNode? node)
    {
        foreach (var (intent, body) in Sections(node, null))
        {
            if (!_intents.Contains(intent))
            {
                Error(body, $"unknown intent '{intent}' (facts.yaml intent values: {string.Join(", ", _intents)})");
                continue;
            }

            foreach (var (_, list) in Sections(body, PhraseLanguages))
            {
                ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.Intent, intent, weight)));
            }
        }
    }

    private void ReadFacts(YamlNode? node)
    {
        foreach (var (fact, body) in Sections(node, null))
        {
            if (!_facts.TryGetValue(fact, out var definition))
            {
                Error(body, $"unknown fact '{fact}' (not in facts.yaml)");
                continue;
            }

            if (!definition.RecogniserMaySet || definition.Kind == FactKind.Number)
            {
                Error(body, $"fact '{fact}' cannot be set by lexicon phrases ({(definition.Kind == FactKind.Number ? "numbers come from amounts" : "not set_by recogniser")})");
                continue;
            }

            foreach (var (value, valueBody) in Sections(body, null))
            {
                ReadFactValue(definition, value, valueBody);
            }
        }
    }

    private void ReadFactValue(KnownFact definition, string value, YamlNode body)
    {
        if (!IsValue(definition, value))
        {
            Error(body, $"fact '{definition.Name}' has no value '{value}' (allowed: {Allowed(definition)})");
            return;
        }

        var sections = Sections(body, [.. PhraseLanguages, "supports", "negated"]);
        var supports = ReadIntentWeights(sections.GetValueOrDefault("supports"));
        string? negated = null;
        if (sections.GetValueOrDefault("negated") is { } negatedNode)
        {
            negated = (negatedNode as YamlScalarNode)?.Value;
            if (negated is null || !IsValue(definition, negated))
            {
                Error(negatedNode, $"negated value '{negated}' is not a value of '{definition.Name}' (allowed: {Allowed(definition)})");
            }
        }
        else if (definition.Kind == FactKind.Bool)
        {
            negated = value == "true" ? "false" : "true";
        }

        var rule = new FactValueRule(definition.Name, value, definition.Kind, supports, negated);
        foreach (var language in PhraseLanguages)
        {
            ReadPhrases(sections.GetValueOrDefault(language), (phrase, weight) =>
                _phrases.Add(phrase, new PhraseTarget(TargetKind.Fact, definition.Name, weight, rule)));
        }
    }

    private Dictionary<string, double> ReadIntentWeights(YamlNode? node)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (intent, weightNode) in Sections(node, null))
        {
            if (!_intents.Contains(intent))
            {
                Error(weightNode, $"unknown intent '{intent}' in supports");
            }

            weights[intent] = Number(weightNode, 1);
        }

        return weights;
    }

    private static bool IsValue(KnownFact definition, string value) =>
        definition.Kind == FactKind.Bool ? value is "true" or "false" : definition.Values.Contains(value);

    private static string Allowed(KnownFact definition) =>
        definition.Kind == FactKind.Bool ? "true, false" : string.Join(", ", definition.Values);
}
