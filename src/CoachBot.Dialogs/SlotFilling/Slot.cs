namespace CoachBot.Dialogs;

/// <summary>One value a <see cref="SlotFillingDialog"/> collects.</summary>
/// <param name="Name">The name the value is stored under.</param>
/// <param name="DialogId">The prompt (or any dialog) that asks for it.</param>
/// <param name="Options">The options that dialog is begun with (for a prompt: <see cref="PromptOptions"/>).</param>
public sealed record Slot(string Name, string DialogId, object? Options = null)
{
    /// <summary>When set, the slot is asked for only while this returns true for the values filled so far.</summary>
    public Func<DialogValues, bool>? Condition { get; init; }
}
