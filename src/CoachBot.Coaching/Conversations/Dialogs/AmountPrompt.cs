using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Asks for an amount as people type it ("120", "$5", "1tr2", "1,2 triệu", "120万", "一千二", and when
/// <paramref name="allowPercent"/> is set "10%" or "九折"), read by the recogniser's amount parser; ends with an
/// <see cref="AmountAnswer"/>. Zero and negative amounts are asked again.
/// </summary>
internal sealed class AmountPrompt(string id, Recogniser recogniser, bool allowPercent) : Prompt<AmountAnswer>(id, null)
{
    public const string MoneyId = "coach.amount.money";
    public const string MoneyOrPercentId = "coach.amount.any";

    private static readonly LocalizedText Retry = LocalizedText.Of(
        "Please type an amount, for example 120 or $5.",
        "Vui lòng nhập một số tiền, ví dụ 120 hoặc 1tr2.",
        "请输入金额，例如 120 或 一千二。",
        "請輸入金額，例如 120 或 一千二。");

    private static readonly LocalizedText RetryWithPercent = LocalizedText.Of(
        "Please type an amount or a percentage, for example $5 or 10%.",
        "Vui lòng nhập số tiền hoặc phần trăm, ví dụ 50k hoặc 10%.",
        "请输入金额或百分比，例如 5美元 或 九折。",
        "請輸入金額或百分比，例如 5美元 或 九折。");

    protected override Task<PromptRecognition<AmountAnswer>> OnRecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = ChoiceRecognizer.SubmittedChoice(dc.Turn.Value) ?? dc.Turn.Text ?? string.Empty;
        var answer = Read(text, dc.Turn.Locale);
        return Task.FromResult(new PromptRecognition<AmountAnswer>(answer is { Value: > 0 }, answer));
    }

    protected override string DefaultRetryText(ReplyLanguage language, PromptOptions options) =>
        (allowPercent ? RetryWithPercent : Retry).For(language);

    private AmountAnswer? Read(string text, string? locale)
    {
        if (!recogniser.Amounts.TryRead(text, locale, out var amount))
        {
            return null;
        }

        var isPercent = amount.Kind != AmountKind.Money;
        return !isPercent || allowPercent ? new AmountAnswer(amount.Value, isPercent) : null;
    }
}
