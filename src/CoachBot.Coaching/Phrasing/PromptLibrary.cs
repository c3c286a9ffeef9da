using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// The prompt templates (<c>prompts/*.yaml</c>), loaded and checked at start-up: each file against
/// <c>prompts/schema/prompt.schema.json</c>, named after its id, every placeholder it uses declared and every declared
/// one used, the ones its purpose needs present, and one file for each purpose. Every error carries its file and line.
/// </summary>
public sealed class PromptLibrary
{
    /// <summary>What each purpose must be given: the user's language, and the text and facts it works on.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [PromptIds.RephraseStaff] = ["language", "headline", "say_now", "keep"],
        [PromptIds.RephraseSales] = ["language", "headline", "say_now", "keep"],
        [PromptIds.RolePlayVoice] = ["language", "role", "case", "line", "answer"],
        [PromptIds.EscalationSummary] = ["language", "facts"],
    };

    private readonly Dictionary<string, PromptTemplate> _templates;

    private PromptLibrary(IEnumerable<PromptTemplate> templates) => _templates = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<PromptTemplate> Templates => _templates.Values;

    /// <exception cref="KeyNotFoundException">No template has that id (loading checks every purpose has one).</exception>
    public PromptTemplate this[string id] => _templates[id];

    public static async Task<(PromptLibrary? Library, IReadOnlyList<PlaybookError> Errors)> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var errors = new List<PlaybookError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new PlaybookError(directory, 0, null, "the prompts folder is missing"));
            return (null, errors);
        }

        var schema = await SchemaChecker.LoadAsync(Path.Combine(directory, "schema", "prompt.schema.json"), cancellationToken).ConfigureAwait(false);
        var templates = new List<PromptTemplate>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = $"prompts/{Path.GetFileName(path)}";
            if (await schema.ReadAsync(path, file, errors, cancellationToken).ConfigureAwait(false) is { } document)
            {
                templates.Add(Read(document, Path.GetFileNameWithoutExtension(path), errors));
            }
        }

        foreach (var purpose in Required.Keys.Where(p => templates.All(t => t.Id != p)))
        {
            errors.Add(new PlaybookError($"prompts/{purpose}.yaml", 0, null, $"no template for '{purpose}'"));
        }

        return (errors.Count == 0 ? new PromptLibrary(templates) : null, errors);
    }

    private static PromptTemplate Read(YamlJsonDocument document, string fileName, List<PlaybookError> errors)
    {
        var root = document.Root;
        var template = new PromptTemplate(
            (string)root["id"]!,
            (int)root["version"]!,
            (string)root["purpose"]!,
            [.. root["placeholders"]!.Select(p => (string)p!)],
            (string)root["system"]!,
            (string)root["user"]!);
        void Error(string field, string message) => errors.Add(new PlaybookError(document.File, document.LineOf(root[field]), template.Id, message));

        if (template.Id != fileName)
        {
            Error("id", $"the id '{template.Id}' is not the file's name ('{fileName}')");
        }

        var used = PromptTemplate.Used(template.System + "\n" + template.User);
        foreach (var undeclared in used.Except(template.Placeholders, StringComparer.Ordinal))
        {
            Error("placeholders", $"'{{{{{undeclared}}}}}' is used but not declared");
        }

        foreach (var unused in template.Placeholders.Except(used, StringComparer.Ordinal))
        {
            Error("placeholders", $"'{unused}' is declared but never used");
        }

        foreach (var missing in Required.GetValueOrDefault(template.Id, []).Except(template.Placeholders, StringComparer.Ordinal))
        {
            Error("placeholders", $"a '{template.Id}' prompt needs '{missing}'");
        }

        return template;
    }
}

/// <summary>The purposes a prompt serves, by the template's id.</summary>
public static class PromptIds
{
    public const string RephraseStaff = "rephrase-staff";
    public const string RephraseSales = "rephrase-sales";
    public const string RolePlayVoice = "roleplay-voice";
    public const string EscalationSummary = "escalation-summary";
}
