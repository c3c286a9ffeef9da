using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Training;

/// <summary>
/// Loads the trainer role plays (<c>roleplay/</c> in the playbooks folder): <c>checks.yaml</c> against
/// <c>schema/roleplay-checks.schema.json</c> and every other file, one scenario each, against
/// <c>schema/roleplay.schema.json</c>; then what a schema cannot say: ids unique, sources in the registry, every check
/// with phrases in en, vi and zh that fold to something, every scenario with triggers in those languages and no trigger
/// shared with another scenario, and every check a turn names defined. Phrases and triggers are folded with the
/// recogniser's folding, so they compare as the answers will. Every error carries its file and line.
/// </summary>
public static partial class RolePlayBookLoader
{
    public const string Folder = "roleplay";

    public const string ChecksFile = "checks.yaml";

    public static async Task<(RolePlayBook? Book, IReadOnlyList<PlaybookError> Errors)> LoadAsync(
        string playbooksDirectory, SourceRegistry? sources, Recogniser recogniser, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(playbooksDirectory);
        ArgumentNullException.ThrowIfNull(recogniser);
        var errors = new List<PlaybookError>();
        var directory = Path.Combine(playbooksDirectory, Folder);
        if (!Directory.Exists(directory))
        {
            return (RolePlayBook.Empty, errors);
        }

        Func<string, string> fold = recogniser.FoldForPhrases;
        var schemas = PlaybookLoader.SchemaDirectoryOf(playbooksDirectory);
        var checksPath = Path.Combine(directory, ChecksFile);
        if (!File.Exists(checksPath))
        {
            errors.Add(new PlaybookError($"{Folder}/{ChecksFile}", 1, null, "the role plays' checks file is missing"));
            return (null, errors);
        }

        var checksSchema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "roleplay-checks.schema.json"), cancellationToken).ConfigureAwait(false);
        var checksDocument = await checksSchema.ReadAsync(checksPath, $"{Folder}/{ChecksFile}", errors, cancellationToken).ConfigureAwait(false);
        var checks = checksDocument is null ? null : ReadChecks(checksDocument, sources, fold, errors);

        var scenarioSchema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "roleplay.schema.json"), cancellationToken).ConfigureAwait(false);
        var scenarios = new List<RolePlayScenario>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == ChecksFile)
            {
                continue;
            }

            var document = await scenarioSchema.ReadAsync(path, $"{Folder}/{Path.GetFileName(path)}", errors, cancellationToken).ConfigureAwait(false);
            if (document is not null && checks is not null)
            {
                scenarios.Add(ReadScenario(document, checks.Value.ById, sources, fold, ids, triggers, errors));
            }
        }

        return errors.Count == 0 && checks is { } read
            ? (new RolePlayBook(read.List, scenarios, read.PassMark, read.Negation, fold), errors)
            : (null, errors);
    }

    private static RolePlayScenario ReadScenario(
        YamlJsonDocument document,
        IReadOnlyDictionary<string, RolePlayCheck> checks,
        SourceRegistry? sources,
        Func<string, string> fold,
        Dictionary<string, string> ids,
        Dictionary<string, string> triggers,
        List<PlaybookError> errors)
    {
        var root = (JObject)document.Root;
        var id = (string)root["id"]!;
        void Error(JToken? at, string message) => errors.Add(new PlaybookError(document.File, document.LineOf(at), id, message));

        if (!ids.TryAdd(id, document.File))
        {
            Error(root["id"], $"scenario id '{id}' is used twice (also in {ids[id]})");
        }

        var cited = Strings(root["sources"]);
        CheckSources(cited, sources, root["sources"], Error);
        var phrases = Phrases((JObject)root["triggers"]!, fold, "trigger", Error);
        foreach (var trigger in phrases.Values.SelectMany(p => p).Select(fold).Distinct(StringComparer.Ordinal))
        {
            if (!triggers.TryAdd(trigger, id) && triggers[trigger] != id)
            {
                Error(root["triggers"], $"trigger '{trigger}' also names scenario '{triggers[trigger]}'");
            }
        }

        var turns = new List<RolePlayTurn>();
        foreach (var turn in ((JArray)root["turns"]!).Cast<JObject>())
        {
            var graded = new List<RolePlayCheck>();
            foreach (var checkId in Strings(turn["checks"]))
            {
                if (checks.TryGetValue(checkId, out var check))
                {
                    graded.Add(check);
                }
                else
                {
                    Error(turn["checks"], $"check '{checkId}' is not in {Folder}/{ChecksFile}");
                }
            }

            turns.Add(new RolePlayTurn(Text(turn["says"]), graded, Text(turn["model"]), Text(turn["why"]), turn["failed"] is JObject failed ? VocabularyReader.ReadText(failed) : null));
        }

        var role = (string)root["role"]! == "prospect" ? RolePlayRole.Prospect : RolePlayRole.Guest;
        return new RolePlayScenario(id, Text(root["title"]), role, cited, phrases, Text(root["setup"]), turns);
    }

    private static void CheckSources(IReadOnlyList<string> cited, SourceRegistry? sources, JToken? at, Action<JToken?, string> error)
    {
        foreach (var unknown in cited.Where(s => sources is not null && !sources.TryGet(s, out _)))
        {
            error(at, $"source '{unknown}' is not in sources.yaml");
        }
    }

    /// <summary>A phrase list per language (en, vi, zh), each language required and each phrase folding to something.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Phrases(JObject node, Func<string, string> fold, string what, Action<JToken?, string> error)
    {
        var phrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var language in AnswerGrader.Languages)
        {
            var list = Strings(node[language]);
            if (list.Count == 0)
            {
                error(node, $"no {what} phrases for {language} (every language needs at least one)");
            }

            foreach (var empty in list.Where(p => fold(p).Length == 0))
            {
                error(node[language], $"{what} phrase '{empty}' has no words once folded");
            }

            phrases[language] = list;
        }

        return phrases;
    }

    private static List<string> Strings(JToken? node) => node is JArray array ? [.. array.Select(s => (string)s!)] : [];

    private static LocalizedText Text(JToken? node) => VocabularyReader.ReadText((JObject)node!);
}
