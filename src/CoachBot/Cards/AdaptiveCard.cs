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

    /// <summary>Asks Teams for each listed viewer's own version of the card when they see it (Universal Actions).</summary>
    public CardRefresh? Refresh { get; init; }

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

/// <summary>
/// A card's <c>refresh</c>: Teams sends <see cref="Action"/> as an <c>adaptiveCard/action</c> invoke with trigger
/// "automatic" when one of <see cref="UserIds"/> (at most 60) sees the card, and shows them the card the bot answers with.
/// </summary>
internal sealed record CardRefresh(ExecuteAction Action, IReadOnlyList<string> UserIds)
{
    /// <summary>Teams refreshes automatically for at most this many users; the others need a button.</summary>
    public const int MaxUsers = 60;
}
