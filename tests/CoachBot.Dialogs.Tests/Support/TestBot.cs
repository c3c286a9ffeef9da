using System.Globalization;

namespace CoachBot.Dialogs.Tests.Support;

/// <summary>Small dialogs that exercise the engine: a staff sign-up waterfall, a number question, and a slot-filling complaint.</summary>
internal static class TestBot
{
    public const string SignUp = "sign-up";
    public const string Guests = "guests";
    public const string Complaint = "complaint";
    public const string ComplaintSlots = "complaint-slots";

    public static readonly LocalizedText AskName = LocalizedText.Of("What's your name?", "Bạn tên gì?", "你叫什么名字？", "你叫什麼名字？");
    public static readonly LocalizedText AskTeam = LocalizedText.Of("Which team are you in?", "Bạn ở bộ phận nào?", "你在哪个部门？", "你在哪個部門？");
    public static readonly LocalizedText AskGuests = "How many guests?";
    public static readonly LocalizedText AskArea = "Where did it happen?";
    public static readonly LocalizedText AskSeverity = "How serious is it?";
    public static readonly LocalizedText AskGuestName = "What is the guest's name?";

    public static readonly IReadOnlyList<Choice> Teams =
    [
        new Choice("Front desk", "front-desk") { Synonyms = ["reception", "lễ tân"] },
        new Choice("Restaurant", "restaurant") { Synonyms = ["F&B", "nhà hàng", "餐厅", "餐廳"] },
        new Choice("Sales", "sales") { Synonyms = ["kinh doanh", "销售", "銷售"] },
    ];

    public static readonly string[] TeamTitles = ["Front desk", "Restaurant", "Sales"];

    public static DialogRunner Create(DialogRunnerOptions? options = null, string root = SignUp)
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new ChoicePrompt("choice"))
            .Add(new ConfirmPrompt("confirm"))
            .Add(new NumberPrompt("number"))
            .Add(new WaterfallDialog(SignUp, [AskNameAsync, AskTeamAsync, ConfirmAsync, FinishAsync]))
            .Add(new WaterfallDialog(Guests, [AskGuestsAsync, ReportGuestsAsync]))
            .Add(new WaterfallDialog(Complaint, [FillComplaintAsync, SummariseComplaintAsync]))
            .Add(new SlotFillingDialog(ComplaintSlots,
            [
                new Slot("area", "choice", new PromptOptions(AskArea) { Choices = [new("Room", "room"), new("Restaurant", "restaurant")] }),
                new Slot("severity", "choice", new PromptOptions(AskSeverity) { Choices = [new("Low", "low"), new("High", "high")] }),
                new Slot("guestName", "text", new PromptOptions(AskGuestName)) { Condition = v => v.Get<Choice>("severity")?.Value == "high" },
            ]));
        return new DialogRunner(dialogs, root, options ?? TestTexts.Options());
    }

    public static string ConfirmText(string name, string team, ReplyLanguage language) => LocalizedText.Of(
        $"Save {name} in {team}?", $"Lưu {name} vào {team}?", $"把{name}保存到{team}？", $"把{name}保存到{team}？").For(language);

    public static string SavedText(string name, string team, ReplyLanguage language) => LocalizedText.Of(
        $"Saved {name} in {team}.", $"Đã lưu {name} vào {team}.", $"已把{name}保存到{team}。", $"已把{name}保存到{team}。").For(language);

    public static string NotSavedText(ReplyLanguage language) =>
        LocalizedText.Of("Nothing saved.", "Chưa lưu gì.", "没有保存。", "沒有保存。").For(language);

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("text", new PromptOptions(AskName), cancellationToken);

    private static Task<DialogTurnResult> AskTeamAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", step.GetResult<string>());
        return step.PromptAsync("choice", new PromptOptions(AskTeam) { Choices = Teams }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            await step.SendAsync(EngineStrings.TooManyAttempts, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var team = step.GetResult<Choice>()!;
        step.Values.Set("team", team);
        step.Context.SetExplanation(new TestExplanation($"you picked {team.Value}"));
        var question = ConfirmText(step.Values.Get<string>("name")!, team.Title, step.Language);
        return await step.PromptAsync("confirm", new PromptOptions(question), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = step.Values.Get<string>("name")!;
        var team = step.Values.Get<Choice>("team")!;
        if (step.GetResult<bool>())
        {
            step.Context.AddSideEffect("saved", new { name, team = team.Value });
            await step.SendAsync(Reply.Say(SavedText(name, team.Title, step.Language)), cancellationToken);
        }
        else
        {
            await step.SendAsync(Reply.Say(NotSavedText(step.Language)), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskGuestsAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("number", new PromptOptions(AskGuests) { Minimum = 1, Maximum = 20 }, cancellationToken);

    private static async Task<DialogTurnResult> ReportGuestsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SendAsync(Reply.Say(string.Create(CultureInfo.InvariantCulture, $"Table for {step.GetResult<decimal>()}.")), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // Facts recognised in the first message pre-fill slots, so the user is not asked for them again.
    private static Task<DialogTurnResult> FillComplaintAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var known = new DialogValues();
        if (step.Turn.Text?.Contains("room", StringComparison.OrdinalIgnoreCase) == true)
        {
            known.Set("area", new Choice("Room", "room"));
        }

        return step.BeginDialogAsync(ComplaintSlots, known, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummariseComplaintAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not DialogValues values)
        {
            await step.SendAsync(EngineStrings.TooManyAttempts, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var summary = $"{values.Get<Choice>("area")?.Value}/{values.Get<Choice>("severity")?.Value}/{values.Get<string>("guestName") ?? "-"}";
        await step.SendAsync(Reply.Say(summary), cancellationToken);
        return await step.EndDialogAsync(values, cancellationToken);
    }
}
