using System.Globalization;

namespace CoachBot.Dialogs;

/// <summary>
/// The interface texts and command phrases, loaded once from the texts file (validated in full at load) and
/// passed to whatever needs them: the dialog engine through <see cref="DialogRunnerOptions.Texts"/>, the apps
/// through their own services. Immutable and safe to share.
/// </summary>
public sealed class TextCatalog
{
    private readonly Dictionary<string, LocalizedText> _texts;
    private readonly Dictionary<string, IReadOnlyList<CommandPhrase>> _commands;
    private readonly Dictionary<string, CommandMatch> _phrases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<CommandTemplate>> _templates = new(StringComparer.Ordinal);

    /// <summary>A catalog of <paramref name="texts"/> and <paramref name="commands"/>' phrases.</summary>
    /// <exception cref="ArgumentException">Two commands share a phrase (compared folded, see <see cref="TextFolding"/>).</exception>
    public TextCatalog(IReadOnlyDictionary<string, LocalizedText> texts, IReadOnlyDictionary<string, IReadOnlyList<CommandPhrase>> commands)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(commands);
        _texts = new Dictionary<string, LocalizedText>(texts, StringComparer.Ordinal);
        _commands = new Dictionary<string, IReadOnlyList<CommandPhrase>>(commands, StringComparer.Ordinal);
        foreach (var (key, phrases) in _commands)
        {
            foreach (var phrase in phrases)
            {
                if (CommandTemplate.HasSlot(phrase.Text))
                {
                    // A phrase with a slot is never a whole message: it only matches with a name in the slot.
                    AddTemplate(CommandTemplate.From(new CommandId(key), phrase));
                    continue;
                }

                var folded = FoldPhrase(phrase.Text);
                if (_phrases.TryGetValue(folded, out var other) && other.Command.Key != key)
                {
                    throw new ArgumentException($"The phrase '{phrase.Text}' belongs to both '{other.Command}' and '{key}'.", nameof(commands));
                }

                _phrases.TryAdd(folded, new CommandMatch(new CommandId(key), phrase.Language));
            }
        }
    }

    /// <summary>Every text key in the catalog.</summary>
    public IReadOnlyCollection<string> TextKeys => _texts.Keys;

    /// <summary>Every command key in the catalog.</summary>
    public IReadOnlyCollection<string> CommandKeys => _commands.Keys;

    /// <summary>The text <paramref name="id"/> in every language.</summary>
    /// <exception cref="KeyNotFoundException">The texts file has no such key (a test keeps this from happening).</exception>
    public LocalizedText this[TextId id] =>
        _texts.TryGetValue(id.Key, out var text) ? text : throw new KeyNotFoundException($"No text '{id}' in the text catalog.");

    /// <summary>The text <paramref name="id"/> in <paramref name="language"/>.</summary>
    public string For(TextId id, ReplyLanguage language) => this[id].For(language);

    /// <summary>The text <paramref name="id"/> in <paramref name="language"/> with <paramref name="args"/> filled in.</summary>
    public string Format(TextId id, ReplyLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, For(id, language), args);

    /// <summary>The phrases of command <paramref name="id"/>, as written.</summary>
    /// <exception cref="KeyNotFoundException">The texts file has no such command.</exception>
    public IReadOnlyList<CommandPhrase> Phrases(CommandId id) =>
        _commands.TryGetValue(id.Key, out var phrases) ? phrases : throw new KeyNotFoundException($"No command '{id}' in the text catalog.");

    /// <summary>
    /// The command <paramref name="text"/> is, when the whole message is one of its phrases (folded: case,
    /// diacritics, width, spacing, trailing punctuation and a leading slash do not matter); else null.
    /// </summary>
    public CommandMatch? Recognize(string? text) => _phrases.GetValueOrDefault(FoldPhrase(text));

    /// <summary>Whether the whole of <paramref name="text"/> is a phrase of command <paramref name="id"/>.</summary>
    public bool Matches(CommandId id, string? text) => Recognize(text)?.Command == id;

    /// <summary>
    /// The command <paramref name="id"/> with what the user named, when the whole message is one of its phrases with a
    /// slot ("my notes on {0}": "my notes on Keller Logistics" names "Keller Logistics", case and marks as typed), or a
    /// phrase without one (<see cref="CommandMatch.Argument"/> null); else null. Phrases are compared folded, as in
    /// <see cref="Recognize"/>; the longest phrase that fits wins ("关于{0}的记录" over "{0}的记录").
    /// </summary>
    public CommandMatch? RecognizeWithArgument(CommandId id, string? text)
    {
        // Folded once for the whole phrases and every template: this runs on every message, before it is read.
        var folded = FoldPhrase(text);
        if (_phrases.GetValueOrDefault(folded) is { } whole)
        {
            return whole.Command == id ? whole : null;
        }

        if (string.IsNullOrWhiteSpace(text) || !_templates.TryGetValue(id.Key, out var templates))
        {
            return null;
        }

        foreach (var template in templates)
        {
            if (template.Match(text, folded) is { } name)
            {
                return new CommandMatch(id, template.Language) { Argument = name };
            }
        }

        return null;
    }

    /// <summary>The form phrases are compared in: folded for matching, without a leading slash.</summary>
    public static string FoldPhrase(string? text) => TextFolding.FoldForMatch(text).TrimStart('/');

    private void AddTemplate(CommandTemplate template)
    {
        if (!_templates.TryGetValue(template.Command.Key, out var templates))
        {
            templates = [];
            _templates[template.Command.Key] = templates;
        }

        // Longest first, so the phrase that explains most of the message decides where the name is.
        var at = templates.FindIndex(t => t.LiteralLength < template.LiteralLength);
        templates.Insert(at < 0 ? templates.Count : at, template);
    }
}
