using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Knowledge;

/// <summary>Builds the fact vocabulary and the source registry from their schema-checked YAML.</summary>
internal static class VocabularyReader
{
    public static FactVocabulary ReadFacts(YamlJsonDocument document, List<PlaybookError> errors)
    {
        var facts = new List<FactDefinition>();
        foreach (var property in ((JObject)document.Root["facts"]!).Properties())
        {
            var body = (JObject)property.Value;
            var kind = Enum.Parse<FactKind>((string)body["kind"]!, ignoreCase: true);
            var values = body["values"] is JArray array ? array.Select(v => (string)v!).ToArray() : [];
            if (kind == FactKind.Enum && values.Length == 0)
            {
                errors.Add(new PlaybookError(document.File, document.LineOf(property), null, $"enum fact '{property.Name}' has no values"));
            }
            else if (kind != FactKind.Enum && values.Length > 0)
            {
                errors.Add(new PlaybookError(document.File, document.LineOf(property), null, $"fact '{property.Name}' is {kind.ToString().ToLowerInvariant()}: only an enum has values"));
            }

            var setBy = ((JArray)body["set_by"]!).Select(v => (string)v!).ToArray();
            var says = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var phrase in (body["says"] as JObject)?.Properties() ?? [])
            {
                var fits = kind == FactKind.Bool ? phrase.Name is "true" or "false" : values.Contains(phrase.Name, StringComparer.Ordinal);
                if (!fits)
                {
                    errors.Add(new PlaybookError(document.File, document.LineOf(phrase), null, $"fact '{property.Name}' says something for '{phrase.Name}', which is not one of its values"));
                    continue;
                }

                says[phrase.Name] = ReadText((JObject)phrase.Value);
            }

            facts.Add(new FactDefinition(property.Name, kind, values, setBy) { Says = says });
        }

        return new FactVocabulary(facts);
    }

    public static SourceRegistry ReadSources(YamlJsonDocument document, List<PlaybookError> errors)
    {
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var property in ((JObject)document.Root["documents"]!).Properties())
        {
            var body = (JObject)property.Value;
            documents[property.Name] = new SourceDocument(
                property.Name, (string)body["file"]!, (string)body["language"]!, ReadText((JObject)body["title"]!));
        }

        var entries = new List<SourceEntry>();
        foreach (var property in ((JObject)document.Root["sources"]!).Properties())
        {
            var body = (JObject)property.Value;
            var documentId = (string)body["document"]!;
            if (!documents.TryGetValue(documentId, out var source))
            {
                errors.Add(new PlaybookError(document.File, document.LineOf(body["document"]), null, $"source '{property.Name}' names unknown document '{documentId}'"));
                continue;
            }

            var uses = ((JArray)body["use"]!).Select(u => Enum.Parse<SourceUse>((string)u!, ignoreCase: true)).ToArray();
            entries.Add(new SourceEntry(property.Name, source, (string)body["section"]!, uses) { Name = ReadText((JObject)body["name"]!) });
        }

        return new SourceRegistry(documents.Values, entries);
    }

    /// <summary>A schema-checked localized text object.</summary>
    public static LocalizedText ReadText(JObject text) =>
        new((string)text["en"]!, (string)text["vi"]!, (string)text["zh"]!, (string)text["zh-Hant"]!);
}
