using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// Everything the engine keeps between turns for one (conversation, user). Small typed records that
/// round-trip through <see cref="DialogStateSerializer"/>, so a dialog resumes after a host restart.
/// </summary>
public sealed record DialogState
{
    /// <summary>The state of a user the bot has not talked to yet.</summary>
    public static DialogState Empty { get; } = new();

    /// <summary>The shape version, for migrations of stored state.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The dialog stack, bottom first; the last instance is the active one.</summary>
    public IReadOnlyList<DialogInstance> Stack { get; init; } = [];

    /// <summary>The language the user chose explicitly ("en", "vi", "zh", "zh-Hant"); null when not chosen.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The language of the user's last message whose language could be told; used when a message says
    /// nothing about language (a number, a button), so replies do not flip to the channel locale.
    /// </summary>
    public string? MessageLanguage { get; init; }

    /// <summary>What the app can show when the user asks "why" (for example which rules fired); the engine does not read it.</summary>
    public JsonElement? LastExplanation { get; init; }
}
