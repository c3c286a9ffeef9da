namespace CoachBot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: typically sends something and begins a prompt, or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
