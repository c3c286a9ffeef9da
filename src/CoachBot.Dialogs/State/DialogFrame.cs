using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// The working copy of a <see cref="DialogInstance"/> during one turn: mutable and held by reference, so a
/// waterfall can still write to its own frame after it pushed a prompt on top; the input state is never changed.
/// </summary>
internal sealed class DialogFrame
{
    public DialogFrame(string dialogId) => DialogId = dialogId;

    public string DialogId { get; }

    public JsonElement? Options { get; set; }

    public JsonElement? State { get; set; }

    public int StepIndex { get; set; }

    public int RetryCount { get; set; }

    public Dictionary<string, JsonElement> Values { get; } = new(StringComparer.Ordinal);

    public static DialogFrame From(DialogInstance instance)
    {
        var frame = new DialogFrame(instance.DialogId)
        {
            Options = instance.Options,
            State = instance.State,
            StepIndex = instance.StepIndex,
            RetryCount = instance.RetryCount,
        };
        foreach (var (name, value) in instance.Values ?? new Dictionary<string, JsonElement>())
        {
            frame.Values[name] = value;
        }

        return frame;
    }

    public DialogInstance ToInstance() => new(DialogId)
    {
        Options = Options,
        State = State,
        StepIndex = StepIndex,
        RetryCount = RetryCount,
        Values = Values.Count == 0 ? null : new Dictionary<string, JsonElement>(Values, StringComparer.Ordinal),
    };
}
