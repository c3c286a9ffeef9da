namespace CoachBot.Dialogs;

/// <summary>
/// Input fields behind a button titled <see cref="Title"/>: the user fills any of them and presses
/// <see cref="Submit"/>, whose value comes back as the turn's <c>choice</c> with each input under its id
/// (e.g. <c>{"choice": "coach:figures", "rate": "120", "ask": "10%"}</c>).
/// </summary>
public sealed record ReplyForm(string Title, IReadOnlyList<ReplyInput> Inputs, Choice Submit);
