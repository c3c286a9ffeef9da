namespace CoachBot.Tests.Coaching.Support;

/// <summary>A card's form as the user fills it: the button that opens it, its fields, and the submit button and its choice.</summary>
public sealed record CardForm(string Title, IReadOnlyList<CardInput> Inputs, string SubmitTitle, string SubmitValue);
