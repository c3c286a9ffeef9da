namespace CoachBot.Dialogs;

/// <summary>What a prompt read from the user's message.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value);
