using CoachBot.Dialogs;

namespace CoachBot.Demo;

/// <summary>
/// A small onboarding dialog that exercises the whole stack end to end before coaching exists:
/// a text prompt (name), a choice prompt with buttons (team) and a confirmation.
/// </summary>
public sealed class DemoDialog : WaterfallDialog
{
    public const string DialogId = "demo";
    public const string NamePromptId = "demo.name";
    public const string TeamPromptId = "demo.team";
    public const string ConfirmPromptId = "demo.confirm";

    public DemoDialog()
        : base(DialogId, [AskNameAsync, AskTeamAsync, ConfirmAsync, FinishAsync])
    {
    }

    /// <summary>The dialogs this one needs registered beside it.</summary>
    public static IEnumerable<Dialog> Prompts =>
    [
        new TextPrompt(NamePromptId, (context, _) => Task.FromResult(context.Value is { Length: > 0 and <= 60 })),
        new ChoicePrompt(TeamPromptId),
        new ConfirmPrompt(ConfirmPromptId),
    ];

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(NamePromptId, new PromptOptions(DemoTexts.AskName) { RetryPrompt = DemoTexts.AskNameAgain }, cancellationToken);

    private static Task<DialogTurnResult> AskTeamAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            return GiveUpAsync(step, cancellationToken);
        }

        step.Values.Set("name", step.GetResult<string>()!.Trim());
        var choices = DemoTexts.Teams.Select(t => new Choice(t.Title.For(step.Language), t.Value)).ToList();
        return step.PromptAsync(TeamPromptId, new PromptOptions(DemoTexts.AskTeam) { Choices = choices }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            return GiveUpAsync(step, cancellationToken);
        }

        var team = step.GetResult<Choice>()!;
        step.Values.Set("team", team.Title);
        var question = DemoTexts.Confirm.Format(step.Language, step.Values.Get<string>("name"), team.Title);
        return step.PromptAsync(ConfirmPromptId, new PromptOptions(question), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.IsTooManyAttempts)
        {
            return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (step.GetResult<bool>())
        {
            await step.SendAsync(DemoTexts.Done.Format(step.Language, step.Values.Get<string>("name")), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await step.SendAsync(DemoTexts.Again, cancellationToken).ConfigureAwait(false);
        return await step.Context.ReplaceDialogAsync(DialogId, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.SendAsync(DemoTexts.GiveUp, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
