using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads the <c>amounts</c> and <c>clarification</c> sections.</summary>
internal sealed partial class LexiconLoader
{
    private static readonly string[] AmountRoles = ["room_rate", "ask", "given", "target_price", "limit", "occupancy", "occupancy_rate"];

    private AmountTables ReadAmounts(YamlNode? node)
    {
        var s = Sections(node, [
            "role_window", "supports", "currency_prefixes", "currency_suffixes", "multipliers", "percent_prefixes",
            "percent_suffixes", "discount_prefixes", "discount_suffixes", "counters", "chinese_digits",
            "chinese_units", "roles"]);
        var window = Sections(s.GetValueOrDefault("role_window"), ["before", "after"]);
        foreach (var (role, body) in Sections(s.GetValueOrDefault("roles"), AmountRoles))
        {
            foreach (var (_, list) in Sections(body, PhraseLanguages))
            {
                ReadPhrases(list, (phrase, weight) => _phrases.Add(phrase, new PhraseTarget(TargetKind.AmountRole, role, weight)));
            }
        }

        return new AmountTables(
            Coded(s.GetValueOrDefault("currency_prefixes")),
            Coded(s.GetValueOrDefault("currency_suffixes")),
            Factors(s.GetValueOrDefault("multipliers")),
            Words(s.GetValueOrDefault("percent_prefixes")),
            Words(s.GetValueOrDefault("percent_suffixes")),
            Words(s.GetValueOrDefault("discount_prefixes")),
            Words(s.GetValueOrDefault("discount_suffixes")),
            Words(s.GetValueOrDefault("counters")),
            Chars(s.GetValueOrDefault("chinese_digits")).ToFrozenDictionary(p => p.Key, p => (int)p.Value),
            Chars(s.GetValueOrDefault("chinese_units")).ToFrozenDictionary(),
            ReadIntentWeights(s.GetValueOrDefault("supports")),
            (int)Number(window.GetValueOrDefault("before"), 24),
            (int)Number(window.GetValueOrDefault("after"), 14));
    }

    private UnitWord[] Words(YamlNode? node)
    {
        var words = new List<UnitWord>();
        ReadPhrases(node, (phrase, _) => words.Add(new UnitWord(phrase)));
        return Longest(words);
    }

    private UnitWord[] Coded(YamlNode? node)
    {
        var words = new List<UnitWord>();
        foreach (var (code, list) in Sections(node, null))
        {
            ReadPhrases(list, (phrase, _) => words.Add(new UnitWord(phrase, code)));
        }

        return Longest(words);
    }

    private UnitWord[] Factors(YamlNode? node)
    {
        var words = new List<UnitWord>();
        foreach (var (factor, list) in Sections(node, null))
        {
            if (!decimal.TryParse(factor, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                Error(list, $"multiplier '{factor}' is not a positive number");
                continue;
            }

            ReadPhrases(list, (phrase, _) => words.Add(new UnitWord(phrase, null, value)));
        }

        return Longest(words);
    }

    private Dictionary<char, long> Chars(YamlNode? node)
    {
        var result = new Dictionary<char, long>();
        foreach (var (key, valueNode) in Sections(node, null))
        {
            if (key.Length != 1)
            {
                Error(valueNode, $"'{key}' must be one character");
                continue;
            }

            result[_normaliser.Fold(key)[0]] = (long)Number(valueNode, 0);
        }

        return result;
    }

    private static UnitWord[] Longest(List<UnitWord> words) => [.. words.OrderByDescending(w => w.Word.Length)];

    private ClarificationTexts ReadClarification(YamlNode? node)
    {
        var s = Sections(node, ["question", "labels", "default_choices"]);
        var question = ReplyTexts(s.GetValueOrDefault("question"), "clarification question");
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (intent, body) in Sections(s.GetValueOrDefault("labels"), null))
        {
            if (!_intents.Contains(intent))
            {
                Error(body, $"unknown intent '{intent}' in clarification labels");
            }

            labels[intent] = ReplyTexts(body, $"label of '{intent}'");
        }

        var defaults = new List<string>();
        if (s.GetValueOrDefault("default_choices") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                var intent = Text(item);
                if (intent is null || !labels.ContainsKey(intent))
                {
                    Error(item, $"default choice '{intent}' has no label");
                    continue;
                }

                defaults.Add(intent);
            }
        }

        // Every situation the bot coaches on; past six the host puts the rest in the card's overflow menu.
        if (defaults.Count is < 3 or > 8)
        {
            _errors.Add($"{_file}: clarification.default_choices must list 3 to 8 intents");
        }

        return new ClarificationTexts(question, labels, defaults);
    }

    private Dictionary<string, string> ReplyTexts(YamlNode? node, string what)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, textNode) in Sections(node, ReplyLanguages))
        {
            if (Text(textNode) is { } text)
            {
                texts[language] = text;
            }
        }

        var missing = ReplyLanguages.Where(l => !texts.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            _errors.Add($"{_file}:{node?.Start.Line ?? 0}: {what} lacks {string.Join(", ", missing)}");
        }

        return texts;
    }
}
