namespace CoachBot.Dialogs;

/// <summary>
/// The parts of a reply an LLM may rephrase, when the host has one: its card's headline and the one line to say, which
/// stands inside <see cref="Reply.Text"/>. Everything else (steps, never-say, figures, citations) stays the rules' text.
/// </summary>
/// <param name="Purpose">Whose words: "staff" (a guest at the desk) or "sales" (a prospect).</param>
/// <param name="Language">The reply's language tag ("en", "vi", "zh", "zh-Hant").</param>
/// <param name="Headline">The card's title as the rules wrote it.</param>
/// <param name="SayNow">The line to say, as it stands in the reply's text.</param>
/// <param name="RuleIds">What the advice rests on (its cited ids), for the cache.</param>
public sealed record ReplyPhrasing(string Purpose, string Language, string Headline, string SayNow, IReadOnlyList<string> RuleIds);
