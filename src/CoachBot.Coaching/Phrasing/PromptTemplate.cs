using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Phrasing;

/// <summary>The two messages of a prompt, filled in.</summary>
public sealed record RenderedPrompt(string System, string User);

/// <summary>
/// One prompt template from <c>prompts/</c>: what it is for, its version (part of every cache key, so a new wording
/// never serves an old answer), and its system and user texts with <c>{{placeholders}}</c>.
/// </summary>
public sealed partial record PromptTemplate(string Id, int Version, string Purpose, IReadOnlyList<string> Placeholders, string System, string User)
{
    /// <summary>The placeholders the texts use, in order of first use.</summary>
    public static IReadOnlyList<string> Used(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Fills every placeholder; a value for each is required (a missing fact must not become an empty string).</summary>
    /// <exception cref="ArgumentException">A declared placeholder has no value.</exception>
    public RenderedPrompt Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Placeholders.FirstOrDefault(p => !values.ContainsKey(p)) is { } missing)
        {
            throw new ArgumentException($"Prompt '{Id}' needs a value for '{missing}'.", nameof(values));
        }

        string Fill(string text) => Placeholder().Replace(text, m => values[m.Groups[1].Value]);
        return new RenderedPrompt(Fill(System), Fill(User));
    }

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
