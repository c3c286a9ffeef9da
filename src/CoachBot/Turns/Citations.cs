using System.Text.Json.Serialization;

namespace CoachBot.Turns;

/// <summary>
/// The schema.org Message entity Teams renders as numbered citations under a reply: each claim's position is the
/// [n] marker in the text, its appearance the document it points at.
/// </summary>
internal sealed record CitationMessage(IReadOnlyList<CitationClaim>? Citation)
{
    /// <summary>["AIGeneratedContent"] when an LLM wrote part of the message: Teams shows its "AI generated" label.</summary>
    public IReadOnlyList<string>? AdditionalType { get; init; }

    [JsonPropertyName("@type")]
    public string Type { get; } = "Message";

    [JsonPropertyName("@context")]
    public string Context { get; } = "https://schema.org";

    [JsonPropertyName("@id")]
    public string Id { get; } = string.Empty;
}

/// <summary>One citation, at <see cref="Position"/> (1-based, the [n] in the text).</summary>
internal sealed record CitationClaim(int Position, CitationAppearance Appearance)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Claim";
}

/// <summary>The cited document: its name, the inventory id as keyword, a short abstract.</summary>
internal sealed record CitationAppearance(string Name, IReadOnlyList<string> Keywords, string? Abstract)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "DigitalDocument";
}
