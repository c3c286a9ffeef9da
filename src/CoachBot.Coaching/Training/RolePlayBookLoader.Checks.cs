using CoachBot.Coaching.Knowledge;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Training;

public static partial class RolePlayBookLoader
{
    /// <summary>The checks file: the pass mark, the negation rules and the checks; null when a check is broken.</summary>
    private static (IReadOnlyList<RolePlayCheck> List, IReadOnlyDictionary<string, RolePlayCheck> ById, int PassMark, NegationRules Negation)? ReadChecks(
        YamlJsonDocument document, SourceRegistry? sources, Func<string, string> fold, List<PlaybookError> errors)
    {
        var before = errors.Count;
        var root = (JObject)document.Root;
        var negationNode = (JObject)root["negation"]!;
        void FileError(JToken? at, string message) => errors.Add(new PlaybookError(document.File, document.LineOf(at), null, message));
        var negation = new NegationRules(
            ((JObject)negationNode["window"]!).Properties().ToDictionary(p => p.Name, p => (int)p.Value, StringComparer.Ordinal),
            (string?)negationNode["break_punctuation"] ?? string.Empty,
            Phrases((JObject)negationNode["cues"]!, fold, "negation cue", FileError),
            negationNode["breaks"] is JObject breaks ? Phrases(breaks, fold, "clause break", FileError) : [],
            negationNode["neutral"] is JObject neutral ? Phrases(neutral, fold, "neutral", FileError) : []);

        var list = new List<RolePlayCheck>();
        var byId = new Dictionary<string, RolePlayCheck>(StringComparer.Ordinal);
        foreach (var node in ((JArray)root["checks"]!).Cast<JObject>())
        {
            var id = (string)node["id"]!;
            void Error(JToken? at, string message) => errors.Add(new PlaybookError(document.File, document.LineOf(at), id, message));
            var cited = Strings(node["sources"]);
            CheckSources(cited, sources, node["sources"], Error);
            var check = new RolePlayCheck(
                id,
                Text(node["label"]),
                cited,
                (string)node["expect"]! == "absent" ? CheckExpectation.Absent : CheckExpectation.Present,
                (bool?)node["question"] ?? false,
                Phrases((JObject)node["phrases"]!, fold, "check", Error));
            if (!byId.TryAdd(id, check))
            {
                Error(node["id"], $"check id '{id}' is used twice");
                continue;
            }

            list.Add(check);
        }

        var passMark = (int?)root["pass_mark"] ?? RolePlayScore.DefaultPassMark;
        return errors.Count == before ? (list, byId, passMark, negation) : null;
    }
}
