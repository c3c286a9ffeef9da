using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using CoachBot.Coaching.Policy;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>A turn's replies after phrasing, and those sent in the rules' words because the LLM was late.</summary>
/// <param name="Replies">The replies to send, in order.</param>
/// <param name="Late">
/// Replies (by reference) whose rephrase was not back within the budget and is still coming, each with the reply as it
/// will read once rephrased, markers in place of the rephrased texts (<see cref="LateRephrase"/>): with
/// <c>Llm:ReplaceInPlace</c>, the sent message is replaced in place when the rephrase arrives.
/// </param>
/// <param name="Roster">The roster's names the phrasing kept (the turn's property's): a late rephrase asks with the same.</param>
internal sealed record PhrasedReplies(IReadOnlyList<Reply> Replies, IReadOnlyDictionary<Reply, Reply> Late, IReadOnlyList<string> Roster)
{
    public static PhrasedReplies Unchanged(IReadOnlyList<Reply> replies) => new(replies, new Dictionary<Reply, Reply>(ReferenceEqualityComparer.Instance), []);
}

/// <summary>
/// Lets the LLM, when there is one, rephrase the parts of a turn's replies the rules marked (<see cref="Reply.Phrasing"/>:
/// an advice card's headline and its line to say; <see cref="Reply.Voicing"/>: a role-play's next line), in place,
/// within the budget; what it wrote is labelled "AI generated". Without an LLM, for a tenant that switched it off, or
/// when the phraser falls back, the replies are the rules' own. For advice only the rules' texts and the roster's names
/// are sent, never what the user typed; a role-play sends the case, the line and the trainee's answer.
/// </summary>
internal sealed class ReplyPhraser(IServiceProvider services, WordingCommands wording, IOptions<LlmOptions> options)
{
    private readonly LlmPhraser? _phraser = services.GetService<LlmPhraser>();

    /// <summary>The replies with the marked parts phrased where the LLM kept every fact, in order.</summary>
    /// <param name="turn">Whose turn (their tenant and wording choice decide whether to phrase at all).</param>
    /// <param name="replies">The rules' replies.</param>
    /// <param name="policy">The turn's property's policy, whose roster names the phrasing must keep.</param>
    /// <param name="refreshesInPlace">The turn answers an Action.Execute: a refreshing card goes back in its response.</param>
    /// <param name="cancellationToken">The turn's token.</param>
    public async Task<PhrasedReplies> PhraseAsync(IncomingTurn turn, IReadOnlyList<Reply> replies, HotelPolicy policy, bool refreshesInPlace, CancellationToken cancellationToken)
    {
        if (_phraser is null || replies.All(r => r.Phrasing is null && r.Voicing is null)
            || options.Value.DisabledTenants.Contains(turn.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            || await wording.WantsPlainAsync(turn.UserId, cancellationToken).ConfigureAwait(false))
        {
            return PhrasedReplies.Unchanged(replies);
        }

        List<string> roster = [.. policy.Roster.Select(r => r.Name)];
        var phrased = new List<Reply>(replies.Count);
        var late = new Dictionary<Reply, Reply>(ReferenceEqualityComparer.Instance);
        foreach (var reply in replies)
        {
            // A card that replaces a pressed one goes back in an invoke response, which carries no entities and so could
            // not carry the "AI generated" label: it keeps the rules' words. (After a plain submit it is a new message.)
            if (reply.RefreshesCard && refreshesInPlace)
            {
                phrased.Add(reply);
            }
            else if (reply.Phrasing is { } parts)
            {
                var text = await _phraser.PhraseAsync(Request(parts, roster), cancellationToken).ConfigureAwait(false);
                phrased.Add(text.ByLlm ? Rephrased(reply, parts, text) : reply);
                if (text.Outcome == PhraseOutcome.TimedOut && options.Value.ReplaceInPlace)
                {
                    late[reply] = Rephrased(reply, parts, new PhrasedText(LateRephrase.HeadlineMarker, LateRephrase.SayNowMarker, PhraseOutcome.Phrased));
                }
            }
            else if (reply.Voicing is { } voicing)
            {
                phrased.Add(await VoiceAsync(_phraser, reply, voicing, roster, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                phrased.Add(reply);
            }
        }

        return new PhrasedReplies(phrased, late, roster);
    }

    /// <summary>
    /// The rephrase of advice already sent in the rules' words, waiting for the call the turn started (for
    /// <c>Llm:ReplaceInPlace</c>); the rules' words again (<see cref="PhrasedText.ByLlm"/> false) when it fails.
    /// </summary>
    public Task<PhrasedText> PhraseLateAsync(LateRephrase late, CancellationToken cancellationToken) =>
        _phraser is null
            ? Task.FromResult(new PhrasedText(late.Parts.Headline, late.Parts.SayNow, PhraseOutcome.Failed))
            : _phraser.PhraseLateAsync(Request(late.Parts, late.Roster ?? []), cancellationToken);

    private static PhraseRequest Request(ReplyPhrasing parts, IReadOnlyCollection<string> roster)
    {
        var language = ReplyLanguage.FromTag(parts.Language) ?? ReplyLanguage.English;
        return new PhraseRequest(
            parts.Purpose == "sales" ? PromptIds.RephraseSales : PromptIds.RephraseStaff, language, Register(language), parts.Headline, parts.SayNow, parts.RuleIds, roster);
    }

    private static Reply Rephrased(Reply reply, ReplyPhrasing parts, PhrasedText text) => reply with
    {
        Text = reply.Text.Replace(parts.SayNow, text.SayNow, StringComparison.Ordinal),
        Card = reply.Card is { } card ? card with { Title = text.Headline } : null,
        AiGenerated = true,
    };

    private static async Task<Reply> VoiceAsync(LlmPhraser phraser, Reply reply, ReplyVoicing voicing, IReadOnlyCollection<string> roster, CancellationToken cancellationToken)
    {
        var language = ReplyLanguage.FromTag(voicing.Language) ?? ReplyLanguage.English;
        var request = new VoiceRequest(language, voicing.Role, voicing.Case, voicing.Line, voicing.Answer, roster);
        var text = await phraser.VoiceAsync(request, cancellationToken).ConfigureAwait(false);
        return text.ByLlm
            ? reply with { Text = reply.Text.Replace(voicing.Line, text.SayNow, StringComparison.Ordinal), AiGenerated = true }
            : reply;
    }

    /// <summary>How people speak at work in each language, for the prompt.</summary>
    private static string Register(ReplyLanguage language) => language.Tag switch
    {
        "vi" => "polite Vietnamese as a hotel receptionist speaks to a guest (\"Dạ\", \"quý khách\")",
        "zh" => "polite, plain simplified Chinese as said at a hotel front desk",
        "zh-Hant" => "polite traditional Chinese as said at a hotel front desk in Taiwan",
        _ => "calm, polite, plain English as said at a hotel front desk",
    };
}
