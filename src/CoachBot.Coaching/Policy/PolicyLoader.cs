using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Policy;

/// <summary>
/// Loads hotel policies (one YAML file per property) and validates each against the published JSON Schema
/// (<c>Policies/schema/hotel-policy.schema.json</c>) and then for meaning (a known time zone, real dates, a
/// rounding step the currency can show, a duty manager on the roster). Every error comes back with its file
/// and line, as for the playbooks; a file with any error yields no policy.
/// </summary>
public sealed class PolicyLoader
{
    /// <summary>The schema's file name inside a <c>schema</c> folder.</summary>
    public const string SchemaFile = "hotel-policy.schema.json";

    private readonly string? _schemaPath;

    /// <param name="schemaPath">The schema to check against; by default the one shipped beside the application.</param>
    public PolicyLoader(string? schemaPath = null) => _schemaPath = schemaPath;

    /// <summary>The policies shipped with the application (copied to the output directory).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Policies");

    /// <summary>The demo property's policy file.</summary>
    public static string SampleFile => Path.Combine(DefaultDirectory, "sample-hotel.yaml");

    /// <summary>Loads one policy file; throws <see cref="PolicyValidationException"/> with every error when it is invalid.</summary>
    public static async Task<HotelPolicy> LoadOrThrowAsync(string path, CancellationToken cancellationToken)
    {
        var result = await new PolicyLoader().LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result.Policies[0] : throw new PolicyValidationException(result.Errors);
    }

    /// <summary>Loads and validates one policy file.</summary>
    public async Task<PolicyLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var schema = await LoadSchemaAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<PolicyError>();
        var policy = await ReadAsync(path, schema, errors, cancellationToken).ConfigureAwait(false);
        return new PolicyLoadResult(policy is null ? [] : [policy], errors);
    }

    /// <summary>Loads every <c>*.yaml</c> of <paramref name="directory"/> (one property each); property ids must be unique.</summary>
    public async Task<PolicyLoadResult> LoadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var schema = await LoadSchemaAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<PolicyError>();
        var policies = new List<HotelPolicy>();
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            errors.Add(new PolicyError(directory, 1, "no policy file (*.yaml) found"));
        }

        foreach (var file in files)
        {
            var policy = await ReadAsync(file, schema, errors, cancellationToken).ConfigureAwait(false);
            if (policy is null)
            {
                continue;
            }

            if (policies.Exists(p => p.PropertyId == policy.PropertyId))
            {
                errors.Add(new PolicyError(Path.GetFileName(file), 1, $"property id '{policy.PropertyId}' is used by another policy file"));
                continue;
            }

            policies.Add(policy);
        }

        return new PolicyLoadResult(errors.Count == 0 ? policies : [], errors);
    }

    private Task<SchemaChecker> LoadSchemaAsync(CancellationToken cancellationToken) =>
        SchemaChecker.LoadAsync(_schemaPath ?? Path.Combine(DefaultDirectory, "schema", SchemaFile), cancellationToken);

    private static async Task<HotelPolicy?> ReadAsync(string path, SchemaChecker schema, List<PolicyError> errors, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            errors.Add(new PolicyError(file, 1, "file is missing"));
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        YamlJsonDocument document;
        PlaybookError? syntaxError;
        try
        {
            document = YamlJsonDocument.Parse(file, text, out syntaxError);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow collections at the end.
            errors.Add(new PolicyError(file, text.Split('\n').Length, "YAML syntax: the file ends inside an unclosed [ ] or { }"));
            return null;
        }

        if (syntaxError is not null)
        {
            errors.Add(ToPolicyError(syntaxError));
            return null;
        }

        var schemaErrors = new List<PlaybookError>();
        schema.Check(document, schemaErrors);
        if (schemaErrors.Count > 0)
        {
            errors.AddRange(schemaErrors.Select(ToPolicyError));
            return null;
        }

        var before = errors.Count;
        var policy = PolicyReader.Read(document, errors);
        return errors.Count == before ? policy : null;
    }

    private static PolicyError ToPolicyError(PlaybookError error) => new(error.File, error.Line, error.Message);
}
