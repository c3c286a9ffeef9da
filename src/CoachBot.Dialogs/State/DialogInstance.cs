using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>One dialog on the stack, as stored between turns.</summary>
/// <param name="DialogId">The id the dialog is registered under in the <see cref="DialogSet"/>.</param>
public sealed record DialogInstance(string DialogId)
{
    /// <summary>The options the dialog was begun with (for prompts: the <see cref="PromptOptions"/>).</summary>
    public JsonElement? Options { get; init; }

    /// <summary>The dialog's own typed state.</summary>
    public JsonElement? State { get; init; }

    /// <summary>The current step of a waterfall.</summary>
    public int StepIndex { get; init; }

    /// <summary>How many times a prompt has re-asked.</summary>
    public int RetryCount { get; init; }

    /// <summary>Waterfall scratch values, or the filled slots of a slot-filling dialog.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Values { get; init; }
}
