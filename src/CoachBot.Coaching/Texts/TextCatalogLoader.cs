using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Texts;

/// <summary>
/// Loads <c>texts.yaml</c> (the interface texts and command phrases) beside the playbooks and checks it in full:
/// the schema (<c>schema/texts.schema.json</c>: every text and command in en, vi, zh and zh-Hant), the same
/// placeholders in every language of a text, no phrase given to two commands, and the keys against the ones the
/// code declares. Every problem is reported with its file and line, as for the playbooks.
/// </summary>
public static partial class TextCatalogLoader
{
    public const string TextsFile = PlaybookLoader.TextsFile;

    /// <summary>
    /// Loads the texts file of <paramref name="directory"/>, checking its keys against <paramref name="keys"/> (every
    /// key there must be in the file and every key in the file there; null checks no keys, for code that uses a part).
    /// </summary>
    public static async Task<TextCatalogLoadResult> LoadAsync(string directory, TextKeySet? keys, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var path = Path.Combine(directory, TextsFile);
        if (!File.Exists(path))
        {
            return new TextCatalogLoadResult(null, [new PlaybookError(TextsFile, 1, null, "file is missing")]);
        }

        var local = Path.Combine(directory, "schema");
        var schemas = Directory.Exists(local) ? local : Path.Combine(PlaybookLoader.DefaultDirectory, "schema");
        var schema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "texts.schema.json"), cancellationToken).ConfigureAwait(false);
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Load(TextsFile, text, schema, keys);
    }

    internal static TextCatalogLoadResult Load(string file, string yaml, SchemaChecker schema, TextKeySet? keys)
    {
        var document = YamlJsonDocument.Parse(file, yaml, out var syntaxError);
        if (syntaxError is not null)
        {
            return new TextCatalogLoadResult(null, [syntaxError]);
        }

        var errors = new List<PlaybookError>();
        schema.Check(document, errors);
        if (errors.Count > 0)
        {
            return new TextCatalogLoadResult(null, errors);
        }

        var texts = ReadTexts(document, keys, errors);
        var commands = ReadCommands(document, keys, errors);
        return errors.Count > 0
            ? new TextCatalogLoadResult(null, errors)
            : new TextCatalogLoadResult(new TextCatalog(texts, commands), []);
    }

    private static Dictionary<string, LocalizedText> ReadTexts(YamlJsonDocument document, TextKeySet? keys, List<PlaybookError> errors)
    {
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var section = (JObject)document.Root["texts"]!;
        foreach (var property in section.Properties())
        {
            var line = document.LineOf(property);
            if (keys is not null && !keys.Texts.Contains(property.Name) && Owns(keys.Texts, property.Name))
            {
                errors.Add(new PlaybookError(document.File, line, null, $"texts.{property.Name}: unknown text key (no code uses it)"));
            }

            var forms = ReplyLanguage.Tags.Select(tag => (string)property.Value[tag]!).ToArray();
            CheckPlaceholders(document, property, forms, errors);
            texts[property.Name] = new LocalizedText(forms[0], forms[1], forms[2], forms[3]);
        }

        foreach (var missing in (keys?.Texts ?? new HashSet<string>()).Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new PlaybookError(document.File, document.LineOf(section), null, $"texts: missing text '{missing}' (the code uses it)"));
        }

        return texts;
    }

    private static void CheckPlaceholders(YamlJsonDocument document, JProperty property, string[] forms, List<PlaybookError> errors)
    {
        var expected = Placeholders(forms[0]);
        for (var i = 0; i < forms.Length; i++)
        {
            var tag = ReplyLanguage.Tags[i];
            var line = document.LineOf(property.Value[tag]);
            var found = Placeholders(forms[i]);
            if (!found.SetEquals(expected))
            {
                errors.Add(new PlaybookError(document.File, line, null,
                    $"texts.{property.Name}.{tag}: placeholders {Show(found)} differ from en's {Show(expected)}"));
            }
            else if (expected.Count > 0 && !IsValidFormat(forms[i], expected))
            {
                errors.Add(new PlaybookError(document.File, line, null,
                    $"texts.{property.Name}.{tag}: not a valid format text (a literal brace is written {{{{ or }}}})"));
            }
        }
    }

    private static Dictionary<string, IReadOnlyList<CommandPhrase>> ReadCommands(YamlJsonDocument document, TextKeySet? keys, List<PlaybookError> errors)
    {
        var commands = new Dictionary<string, IReadOnlyList<CommandPhrase>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var section = (JObject)document.Root["commands"]!;
        foreach (var property in section.Properties())
        {
            if (keys is not null && !keys.Commands.Contains(property.Name) && Owns(keys.Commands, property.Name))
            {
                errors.Add(new PlaybookError(document.File, document.LineOf(property), null, $"commands.{property.Name}: unknown command key (no code uses it)"));
            }

            var phrases = new List<CommandPhrase>();
            foreach (var language in ReplyLanguage.All)
            {
                foreach (var token in (JArray)property.Value[language.Tag]!)
                {
                    var phrase = (string)token!;
                    var folded = TextCatalog.FoldPhrase(phrase);
                    if (SlotProblem(phrase) is { } problem)
                    {
                        errors.Add(new PlaybookError(document.File, document.LineOf(token), null, $"commands.{property.Name}.{language.Tag}: the phrase '{phrase}' {problem}"));
                    }
                    else if (folded.Length == 0)
                    {
                        errors.Add(new PlaybookError(document.File, document.LineOf(token), null, $"commands.{property.Name}.{language.Tag}: the phrase '{phrase}' is only punctuation"));
                    }
                    else if (owners.TryGetValue(folded, out var owner) && owner != property.Name)
                    {
                        errors.Add(new PlaybookError(document.File, document.LineOf(token), null,
                            $"commands.{property.Name}.{language.Tag}: the phrase '{phrase}' is already a phrase of '{owner}'"));
                    }

                    owners.TryAdd(folded, property.Name);
                    phrases.Add(new CommandPhrase(language, phrase));
                }
            }

            commands[property.Name] = phrases;
        }

        foreach (var missing in (keys?.Commands ?? new HashSet<string>()).Where(k => !commands.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new PlaybookError(document.File, document.LineOf(section), null, $"commands: missing command '{missing}' (the code uses it)"));
        }

        return commands;
    }

    // A phrase may hold one slot, "{0}", for a name the user types ("my notes on {0}"), beside words of its own.
    private static string? SlotProblem(string phrase)
    {
        var slots = PlaceholderPattern().Count(phrase);
        if (slots == 0 && !phrase.Contains('{', StringComparison.Ordinal) && !phrase.Contains('}', StringComparison.Ordinal))
        {
            return null;
        }

        if (slots != 1 || !phrase.Contains("{0}", StringComparison.Ordinal) || phrase.Replace("{0}", string.Empty, StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0)
        {
            return "may hold one slot, {0}, and no other brace";
        }

        return TextCatalog.FoldPhrase(phrase.Replace("{0}", string.Empty, StringComparison.Ordinal)).Length == 0 ? "has no words besides its slot" : null;
    }

    private static HashSet<int> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static bool IsValidFormat(string text, HashSet<int> placeholders)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, text, new object?[placeholders.Count == 0 ? 0 : placeholders.Max() + 1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Show(HashSet<int> placeholders) =>
        placeholders.Count == 0 ? "(none)" : string.Join(", ", placeholders.Order().Select(p => "{" + p.ToString(CultureInfo.InvariantCulture) + "}"));

    // {0}, {1:0.##}, {2,5}; a doubled brace is a literal one.
    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    // A key of an area ("escalation." in "escalation.desk-set") the given code declares nothing in belongs to other
    // code (the host's duty desk, when the coaching bot loads the file): only the host's own check can call it unused.
    private static bool Owns(IReadOnlySet<string> declared, string key) =>
        declared.Any(d => string.Equals(Area(d), Area(key), StringComparison.Ordinal));

    private static string Area(string key) => key.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? key[..dot] : string.Empty;
}
