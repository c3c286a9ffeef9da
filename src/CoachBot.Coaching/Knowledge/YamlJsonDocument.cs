using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// A YAML file converted to a JSON tree for schema validation, remembering the YAML line of every JSON
/// token so that a schema error (which points at a token) is reported on the line a person edits.
/// </summary>
internal sealed partial class YamlJsonDocument
{
    private readonly Dictionary<JToken, int> _lines = new(ReferenceEqualityComparer.Instance);

    private YamlJsonDocument(string file) => File = file;

    public string File { get; }

    public JToken Root { get; private set; } = JValue.CreateNull();

    /// <summary>Parses <paramref name="text"/>; a YAML syntax error comes back as an error with its line.</summary>
    public static YamlJsonDocument Parse(string file, string text, out PlaybookError? error)
    {
        var document = new YamlJsonDocument(file);
        error = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0)
            {
                document.Root = document.Convert(stream.Documents[0].RootNode);
            }
        }
        catch (YamlException ex)
        {
            error = new PlaybookError(file, (int)ex.Start.Line, null, "YAML syntax: " + FirstLine(ex.Message));
        }

        return document;
    }

    /// <summary>The YAML line of a token (or of its nearest converted parent); 1 when unknown.</summary>
    public int LineOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (_lines.TryGetValue(t, out var line))
            {
                return line;
            }
        }

        return 1;
    }

    private JToken Convert(YamlNode node)
    {
        JToken token = node switch
        {
            YamlMappingNode map => ConvertMapping(map),
            YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
            YamlScalarNode scalar => ConvertScalar(scalar),
            _ => JValue.CreateNull(),
        };
        _lines[token] = (int)node.Start.Line;
        return token;
    }

    private JObject ConvertMapping(YamlMappingNode map)
    {
        var obj = new JObject();
        foreach (var (key, value) in map.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            var property = new JProperty(name, Convert(value));
            _lines[property] = (int)key.Start.Line;
            obj.Add(property);
        }

        return obj;
    }

    // YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
    private static JValue ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return new JValue(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE")
        {
            return new JValue(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return new JValue(false);
        }

        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        if (FloatPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(text);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
