using CoachBot.Coaching.Knowledge;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Training;

/// <summary>
/// Loads the quiz questions (<c>quiz/*.yaml</c> in the playbooks folder), checks each file against
/// <c>schema/quiz.schema.json</c>, then what a schema cannot say: question ids unique across files, option letters
/// unique, an answer key that names existing options (one for choice, say-next and trap; every option once for
/// order), and sources that exist in the registry. Every error carries its file and line.
/// </summary>
public static class QuizBankLoader
{
    public const string Folder = "quiz";

    public static async Task<(QuizBank? Bank, IReadOnlyList<PlaybookError> Errors)> LoadAsync(string playbooksDirectory, SourceRegistry? sources, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(playbooksDirectory);
        var errors = new List<PlaybookError>();
        var directory = Path.Combine(playbooksDirectory, Folder);
        if (!Directory.Exists(directory))
        {
            return (QuizBank.Empty, errors);
        }

        var schema = await SchemaChecker.LoadAsync(Path.Combine(PlaybookLoader.SchemaDirectoryOf(playbooksDirectory), "quiz.schema.json"), cancellationToken).ConfigureAwait(false);
        var questions = new List<QuizQuestion>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (await schema.ReadAsync(path, $"{Folder}/{Path.GetFileName(path)}", errors, cancellationToken).ConfigureAwait(false) is { } document)
            {
                questions.AddRange(Read(document, sources, seen, errors));
            }
        }

        return (errors.Count == 0 ? new QuizBank(questions) : null, errors);
    }

    private static List<QuizQuestion> Read(YamlJsonDocument document, SourceRegistry? sources, Dictionary<string, string> seen, List<PlaybookError> errors)
    {
        var topic = (string)document.Root["topic"]!;
        var questions = new List<QuizQuestion>();
        foreach (var node in ((JArray)document.Root["questions"]!).Cast<JObject>())
        {
            var id = (string)node["id"]!;
            void Error(JToken? at, string message) => errors.Add(new PlaybookError(document.File, document.LineOf(at), id, message));

            if (!seen.TryAdd(id, document.File))
            {
                Error(node["id"], $"question id '{id}' is used twice (also in {seen[id]})");
            }

            var options = ((JArray)node["options"]!).Cast<JObject>().Select(o => new QuizOption((string)o["id"]!, VocabularyReader.ReadText((JObject)o["text"]!))).ToList();
            var letters = options.Select(o => o.Id).ToList();
            // The error points at the second option with the letter: the first is where it belongs.
            var optionNodes = ((JArray)node["options"]!).Cast<JObject>().ToList();
            foreach (var twice in letters.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(optionNodes.Where(o => (string)o["id"]! == twice.Key).ElementAt(1)["id"], $"option '{twice.Key}' is given twice");
            }

            var kind = Kind((string)node["kind"]!);
            var answer = node["answer"] is JArray many ? many.Select(a => (string)a!).ToList() : [(string)node["answer"]!];
            foreach (var missing in answer.Where(a => !letters.Contains(a, StringComparer.Ordinal)))
            {
                Error(node["answer"], $"the answer names option '{missing}', which the question does not have (it has {string.Join(", ", letters)})");
            }

            if (kind == QuizKind.Order && (answer.Count != letters.Count || answer.Distinct(StringComparer.Ordinal).Count() != answer.Count))
            {
                Error(node["answer"], $"an order question's answer lists every option once, in order ({letters.Count} options, {answer.Count} given)");
            }
            else if (kind != QuizKind.Order && answer.Count != 1)
            {
                Error(node["answer"], $"a {(string)node["kind"]!} question has one answer, not {answer.Count}");
            }

            var cited = ((JArray)node["sources"]!).Select(s => (string)s!).ToList();
            foreach (var unknown in cited.Where(s => sources is not null && !sources.TryGet(s, out _)))
            {
                Error(node["sources"], $"source '{unknown}' is not in sources.yaml");
            }

            questions.Add(new QuizQuestion(id, topic, kind, cited, VocabularyReader.ReadText((JObject)node["prompt"]!), options, answer, VocabularyReader.ReadText((JObject)node["why"]!)));
        }

        return questions;
    }

    private static QuizKind Kind(string kind) => kind switch
    {
        "say-next" => QuizKind.SayNext,
        "trap" => QuizKind.Trap,
        "order" => QuizKind.Order,
        _ => QuizKind.Choice,
    };
}
