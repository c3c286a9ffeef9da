namespace CoachBot.Dialogs;

/// <summary>
/// A role-play line an LLM may voice, when the host has one: the guest or prospect says the script's line in their own
/// words, reacting to the trainee's answer. The line stands inside <see cref="Reply.Text"/>; a voiced line keeps its
/// facts or is not used.
/// </summary>
/// <param name="Language">The reply's language tag.</param>
/// <param name="Role">Whom the bot plays, for the prompt ("the hotel guest", "the prospect").</param>
/// <param name="Case">The case as the trainee read it.</param>
/// <param name="Line">The script's line, as it stands in the reply's text.</param>
/// <param name="Answer">The trainee's answer the line reacts to: the only words of the user ever sent to an LLM.</param>
public sealed record ReplyVoicing(string Language, string Role, string Case, string Line, string Answer);
