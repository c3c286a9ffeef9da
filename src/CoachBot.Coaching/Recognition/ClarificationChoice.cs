namespace CoachBot.Coaching.Recognition;

/// <summary>One button of a clarification: the intent it stands for and its label in the user's language.</summary>
public sealed record ClarificationChoice(string Intent, string Label);
