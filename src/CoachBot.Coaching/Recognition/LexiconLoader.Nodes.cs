using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Node helpers: read a mapping, a phrase list or a number, reporting problems with their line.</summary>
internal sealed partial class LexiconLoader
{
    /// <summary>The children of a mapping by key; keys outside <paramref name="allowed"/> (when given) are errors.</summary>
    private Dictionary<string, YamlNode> Sections(YamlNode? node, IReadOnlyCollection<string>? allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is null)
        {
            return result;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, "expected a mapping");
            return result;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (allowed is not null && !allowed.Contains(key))
            {
                Error(keyNode, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
                continue;
            }

            result[key] = value;
        }

        return result;
    }

    /// <summary>A list whose items are a phrase (weight 1) or a one-pair mapping <c>phrase: weight</c>.</summary>
    private void ReadPhrases(YamlNode? node, Action<string, double> add)
    {
        if (node is null)
        {
            return;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, "expected a list of phrases");
            return;
        }

        foreach (var item in sequence.Children)
        {
            var (text, weight) = item switch
            {
                YamlScalarNode scalar => (scalar.Value, 1.0),
                YamlMappingNode { Children.Count: 1 } pair => ((pair.Children.First().Key as YamlScalarNode)?.Value, Number(pair.Children.First().Value, 0)),
                _ => (null, 0),
            };
            var folded = string.IsNullOrWhiteSpace(text) ? string.Empty : _normaliser.Fold(text);
            if (folded.Length == 0)
            {
                Error(item, "empty phrase (an item is a phrase or 'phrase: weight')");
            }
            else if (weight <= 0)
            {
                Error(item, $"phrase '{text}' needs a positive weight");
            }
            else
            {
                add(folded, weight);
            }
        }
    }

    private double Number(YamlNode? node, double fallback)
    {
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, "expected a number");
        return fallback;
    }

    private string? Text(YamlNode? node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        if (node is not null)
        {
            Error(node, "expected text");
        }

        return null;
    }

    private void Error(YamlNode node, string message) => _errors.Add($"{_file}:{node.Start.Line}: {message}");
}
