using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// One message from a user, already stripped of channel details by the host: who sent it, where, and what.
/// </summary>
/// <param name="ConversationId">The conversation the message belongs to.</param>
/// <param name="UserId">The channel's id for the sender.</param>
public sealed record IncomingTurn(string ConversationId, string UserId)
{
    /// <summary>The sender's display name, when the channel gives one.</summary>
    public string? UserName { get; init; }

    /// <summary>The sender's Entra object id, when known.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The tenant of the conversation, when known.</summary>
    public string? TenantId { get; init; }

    /// <summary>One of <see cref="ConversationTypes"/>.</summary>
    public string ConversationType { get; init; } = ConversationTypes.Personal;

    /// <summary>The BCP-47 locale the channel reports (for example "vi-VN").</summary>
    public string? Locale { get; init; }

    /// <summary>The language of <see cref="Text"/> when the host or a recogniser detected it ("en", "vi", "zh", "zh-Hant").</summary>
    public string? DetectedLanguage { get; init; }

    /// <summary>What the user typed, with any bot mention already removed.</summary>
    public string? Text { get; init; }

    /// <summary>A card submit payload, when the message came from a card rather than typing.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The user's roles, from configuration (never from what the user says).</summary>
    public IReadOnlyCollection<string> Roles { get; init; } = [];

    /// <summary>Whether the user holds <paramref name="role"/> (case-insensitive).</summary>
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
