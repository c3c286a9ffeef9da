namespace CoachBot.Dialogs.Tests.Support;

internal sealed record TestExplanation(string Reason);
