using CoachBot.Dialogs;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// What the phraser may rephrase, and what it needs to keep: only the rules' headline and Say-now line and the facts in
/// them, never the user's own words or the guest's details.
/// </summary>
/// <param name="PromptId">Which template (<see cref="PromptIds"/>).</param>
/// <param name="Language">The user's language.</param>
/// <param name="Register">How to speak ("polite, at a hotel desk").</param>
/// <param name="Headline">The rules' headline.</param>
/// <param name="SayNow">The rules' Say-now line.</param>
/// <param name="RuleIds">The rules behind the advice: with the texts, the cache key.</param>
/// <param name="RosterNames">The names on the duty roster, which must be neither dropped nor added.</param>
public sealed record PhraseRequest(
    string PromptId, ReplyLanguage Language, string Register, string Headline, string SayNow, IReadOnlyList<string> RuleIds, IReadOnlyCollection<string> RosterNames);

/// <summary>What became of a request: phrased (fresh or cached), or sent in the rules' words and why.</summary>
public enum PhraseOutcome
{
    Phrased,
    Cached,
    Rejected,
    TimedOut,
    Failed,
    CircuitOpen,
}

/// <summary>The texts to send: the LLM's when it kept every fact, else the rules' own.</summary>
public sealed record PhrasedText(string Headline, string SayNow, PhraseOutcome Outcome, GuardReason Rejected = GuardReason.None)
{
    /// <summary>Whether an LLM wrote it (the message then carries the "AI generated" label).</summary>
    public bool ByLlm => Outcome is PhraseOutcome.Phrased or PhraseOutcome.Cached;
}

/// <summary>
/// A role-play line to voice: the document's case and the line the script gives the guest or prospect, and the
/// trainee's own answer to react to. Nothing else of the conversation is sent.
/// </summary>
/// <param name="Language">The trainee's language.</param>
/// <param name="Role">Whom the bot plays ("the guest", "the prospect"), in words for the prompt.</param>
/// <param name="Case">The case as the trainee read it.</param>
/// <param name="Line">The script's next line: what the voiced line must say, with its facts.</param>
/// <param name="Answer">The trainee's last answer.</param>
/// <param name="RosterNames">The names on the duty roster, which must be neither dropped nor added.</param>
public sealed record VoiceRequest(ReplyLanguage Language, string Role, string Case, string Line, string Answer, IReadOnlyCollection<string> RosterNames);
