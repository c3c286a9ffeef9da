namespace CoachBot.Dialogs;

/// <summary>
/// Extra checks on a recognised answer. Return false to ask again; send a reply through
/// <see cref="PromptValidatorContext{T}.Context"/> to replace the default re-ask text.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
