using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema;

namespace CoachBot.Coaching.Knowledge;

/// <summary>
/// Checks a YAML document against one of the published JSON Schemas (<c>Playbooks/schema/*.schema.json</c>)
/// and turns every violation into an error on the YAML line it concerns.
/// </summary>
internal sealed class SchemaChecker(JsonSchema schema)
{
    public static async Task<SchemaChecker> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var json = await System.IO.File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return new SchemaChecker(await JsonSchema.FromJsonAsync(json, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The YAML file at <paramref name="path"/>, parsed and checked against this schema, named <paramref name="file"/>
    /// in its errors; null, with the syntax or schema errors added to <paramref name="errors"/>, when it is not valid.
    /// </summary>
    public async Task<YamlJsonDocument?> ReadAsync(string path, string file, List<PlaybookError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var document = YamlJsonDocument.Parse(file, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), out var syntaxError);
        if (syntaxError is not null)
        {
            errors.Add(syntaxError);
            return null;
        }

        var before = errors.Count;
        Check(document, errors);
        return errors.Count == before ? document : null;
    }

    public void Check(YamlJsonDocument document, List<PlaybookError> errors)
    {
        foreach (var error in schema.Validate(document.Root))
        {
            Report(document, error, errors);
        }
    }

    private static void Report(YamlJsonDocument document, ValidationError error, List<PlaybookError> errors)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Values.Any(e => e.Count > 0))
        {
            // A failed oneOf (a condition node) says little by itself; the branch with the fewest complaints
            // is the one the author meant. Other wrappers (an invalid array item) just carry the real errors.
            var inner = error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf
                ? child.Errors.Values.Where(e => e.Count > 0).OrderBy(e => e.Count).First()
                : child.Errors.Values.SelectMany(e => e);
            foreach (var innerError in inner)
            {
                Report(document, innerError, errors);
            }

            return;
        }

        var token = error.Token;
        var where = token is null || token.Path.Length == 0 ? "document" : token.Path;
        var line = document.LineOf(PropertyToken(token, error) ?? token);
        errors.Add(new PlaybookError(document.File, line, RuleIdOf(token), $"{where}: {Describe(error)}"));
    }

    private static JProperty? PropertyToken(JToken? token, ValidationError error) =>
        error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && token is JObject obj && error.Property is { } name
            ? obj.Property(name, StringComparison.Ordinal)
            : null;

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired when ReplyLanguage.Tags.Contains(error.Property ?? string.Empty) =>
            $"missing language '{error.Property}' (every text needs en, vi, zh and zh-Hant)",
        ValidationErrorKind.PropertyRequired => $"missing required property '{error.Property}'",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{error.Property}'",
        ValidationErrorKind.NotInEnumeration => $"value {Shown(error.Token)} is not one of {string.Join(", ", error.Schema?.Enumeration ?? [])}",
        ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf =>
            "a condition is exactly one of {all: [...]}, {any: [...]}, {not: ...} or a leaf {fact, op, value}",
        ValidationErrorKind.PatternMismatch => $"value {Shown(error.Token)} does not match the pattern {error.Schema?.Pattern}",
        ValidationErrorKind.StringTooShort => "text is empty",
        _ => $"{error.Kind} (value {Shown(error.Token)})",
    };

    private static string Shown(JToken? token) => token is null ? "null" : token.ToString(Newtonsoft.Json.Formatting.None);

    private static string? RuleIdOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (t is JObject rule && t.Parent is JArray { Parent: JProperty { Name: "rules" or "questions" } })
            {
                return rule.Value<JToken>("id") is JValue { Type: JTokenType.String } id ? (string?)id : null;
            }
        }

        return null;
    }
}
