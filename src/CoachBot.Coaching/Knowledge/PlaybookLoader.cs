namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Loads <c>facts.yaml</c>, <c>sources.yaml</c> and every playbook (<c>*.yaml</c> at the top of the directory,
/// except the recogniser's <c>lexicon*.yaml</c> and the interface <c>texts.yaml</c>), checks each against its published JSON Schema
/// (<c>schema/*.schema.json</c>) and then checks the rules' meaning. Returns a knowledge base, or every error found.
/// </summary>
public sealed class PlaybookLoader
{
    public const string FactsFile = "facts.yaml";
    public const string SourcesFile = "sources.yaml";

    /// <summary>The interface texts (loaded by <c>TextCatalogLoader</c>), not a playbook.</summary>
    public const string TextsFile = "texts.yaml";

    private readonly string? _schemaDirectory;

    /// <param name="schemaDirectory">Where the schemas are; by default the playbook directory's <c>schema</c>
    /// folder, or the one shipped beside the application when the playbook directory has none.</param>
    public PlaybookLoader(string? schemaDirectory = null) => _schemaDirectory = schemaDirectory;

    /// <summary>The playbooks shipped with the application (copied to the output directory).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Playbooks");

    public async Task<LoadResult> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var errors = new List<PlaybookError>();
        var schemas = SchemaDirectory(directory);
        var factsSchema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "facts.schema.json"), cancellationToken).ConfigureAwait(false);
        var sourcesSchema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "sources.schema.json"), cancellationToken).ConfigureAwait(false);
        var playbookSchema = await SchemaChecker.LoadAsync(Path.Combine(schemas, "playbook.schema.json"), cancellationToken).ConfigureAwait(false);

        var factsDocument = await ReadAsync(directory, FactsFile, factsSchema, errors, cancellationToken).ConfigureAwait(false);
        var facts = factsDocument is null ? null : VocabularyReader.ReadFacts(factsDocument, errors);
        var sourcesDocument = await ReadAsync(directory, SourcesFile, sourcesSchema, errors, cancellationToken).ConfigureAwait(false);
        var sources = sourcesDocument is null ? null : VocabularyReader.ReadSources(sourcesDocument, errors);

        var files = PlaybookFiles(directory);
        var rules = new List<Rule>();
        foreach (var file in files)
        {
            var document = await ReadAsync(directory, file, playbookSchema, errors, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                rules.AddRange(new RuleCompiler(document, facts, sources, errors).Compile());
            }
        }

        RuleSetChecks.CheckDuplicates(rules, errors);
        RuleSetChecks.CheckUnreachable(KnowledgeBase.InEvaluationOrder(rules), errors);
        return errors.Count > 0 || facts is null || sources is null
            ? LoadResult.Failure(errors)
            : LoadResult.Success(new KnowledgeBase(facts, sources, rules, files));
    }

    /// <summary>The playbook file names of a directory, in the (ordinal) order they are loaded.</summary>
    public static IReadOnlyList<string> PlaybookFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not (FactsFile or SourcesFile or TextsFile) && !name.StartsWith("lexicon", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private string SchemaDirectory(string directory) => _schemaDirectory ?? SchemaDirectoryOf(directory);

    /// <summary>The schemas for a playbooks folder: its own <c>schema</c> folder, or the one shipped beside the application.</summary>
    public static string SchemaDirectoryOf(string directory)
    {
        var local = Path.Combine(directory, "schema");
        return Directory.Exists(local) ? local : Path.Combine(DefaultDirectory, "schema");
    }

    /// <summary>Parses and schema-checks one file; null when it is missing, malformed or off-schema.</summary>
    private static async Task<YamlJsonDocument?> ReadAsync(
        string directory, string file, SchemaChecker schema, List<PlaybookError> errors, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            errors.Add(new PlaybookError(file, 1, null, "file is missing"));
            return null;
        }

        return await schema.ReadAsync(path, file, errors, cancellationToken).ConfigureAwait(false);
    }
}
