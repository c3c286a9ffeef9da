using CoachBot.Coaching.Knowledge;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads the fact vocabulary (<c>facts.yaml</c>) the lexicon is checked against.</summary>
internal static class FactsFileReader
{
    public static IReadOnlyDictionary<string, KnownFact> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var facts = (YamlMappingNode)root.Children[new YamlScalarNode("facts")];
        var result = new Dictionary<string, KnownFact>(StringComparer.Ordinal);
        foreach (var (key, node) in facts.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var body = (YamlMappingNode)node;
            var kind = Enum.Parse<FactKind>(Scalar(body, "kind"), ignoreCase: true);
            result[name] = new KnownFact(name, kind, List(body, "values"), List(body, "set_by"));
        }

        return result;
    }

    private static string Scalar(YamlMappingNode body, string key) =>
        ((YamlScalarNode)body.Children[new YamlScalarNode(key)]).Value!;

    private static HashSet<string> List(YamlMappingNode body, string key) =>
        body.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
}
