namespace CoachBot.Evaluation;

/// <summary>One labelled first message: what a staffer types and what the first reply must do.</summary>
/// <param name="Id">Stable id; its hash decides the frozen / tuning split (<see cref="FirstReplySplit"/>).</param>
/// <param name="Language">en, vi, zh or zh-Hant: the language and script the reply must be in.</param>
/// <param name="Intent">What the message is about, e.g. <c>complaint.wake_up_call</c> or <c>trap.empty_rooms</c>.</param>
/// <param name="Role">The sender's configured role (front_desk, sales, supervisor, trainer, duty_manager).</param>
/// <param name="Text">The message exactly as typed.</param>
/// <param name="Expected">Inventory ids; citing any one counts. Empty when the documents have nothing to cite.</param>
/// <param name="Forbidden">Inventory ids the reply must not cite.</param>
/// <param name="Advice">Whether the first reply must be advice (false for quiz requests).</param>
/// <param name="Tags">no-diacritics, typo, mixed.</param>
public sealed record FirstReplyCase(
    string Id,
    string Language,
    string Intent,
    string Role,
    string Text,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Forbidden,
    bool Advice,
    IReadOnlyList<string> Tags)
{
    /// <summary>The group of the intent in the confusion matrix: the part before the first dot.</summary>
    public string Family => Intent.Split('.')[0];

    /// <summary>The language as reported: Vietnamese typed without diacritics is counted on its own too.</summary>
    public string Variant => Language == "vi" && Tags.Contains("no-diacritics") ? "vi (no diacritics)" : Language;
}
