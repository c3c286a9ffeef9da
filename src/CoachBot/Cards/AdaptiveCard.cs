using System.Text.Json.Serialization;

namespace CoachBot.Cards;

/// <summary>
/// An Adaptive Card as typed records, serialised straight to the JSON a channel renders: a card is built once a
/// reply and written once, with no JSON tree in between. Nulls are left out by the protocol's JSON options.
/// </summary>
internal sealed record AdaptiveCard(IReadOnlyList<object> Body)
{
    /// <summary>1.5, the newest version Teams renders.</summary>
    public const string CurrentVersion = "1.5";

    [JsonPropertyOrder(-1)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>Set on a card sent on its own; a card inside an Action.ShowCard has none.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string? Version { get; init; }

    public string? FallbackText { get; init; }

    public IReadOnlyList<object>? Actions { get; init; }

    /// <summary>A top-level card of the current version.</summary>
    public static AdaptiveCard Create(IReadOnlyList<object> body, string fallbackText, IReadOnlyList<object>? actions) =>
        new(body)
        {
            Schema = "http://adaptivecards.io/schemas/adaptive-card.json",
            Version = CurrentVersion,
            FallbackText = fallbackText,
            Actions = actions is { Count: > 0 } ? actions : null,
        };
}
