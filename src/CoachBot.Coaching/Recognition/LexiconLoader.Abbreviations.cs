using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads the <c>abbreviations</c> section: per language, a short form typed on a phone and what it stands for.</summary>
internal sealed partial class LexiconLoader
{
    private Abbreviations ReadAbbreviations(YamlNode? node)
    {
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, body) in Sections(node, PhraseLanguages))
        {
            foreach (var (shortForm, valueNode) in Sections(body, null))
            {
                var key = _normaliser.Fold(shortForm);
                if (key.Length == 0 || !key.All(c => char.IsLetterOrDigit(c) && !CharClass.IsHan(c)))
                {
                    Error(valueNode, $"abbreviation '{shortForm}' must be one word of letters or digits");
                    continue;
                }

                if (Text(valueNode) is not { } expansion)
                {
                    continue;
                }

                if (!expansions.TryAdd(key, _normaliser.Fold(expansion)))
                {
                    Error(valueNode, $"abbreviation '{shortForm}' is given twice");
                }
            }
        }

        return new Abbreviations(expansions);
    }
}
