using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// Lets the LLM, when there is one, rephrase the parts of a turn's replies the rules marked (<see cref="Reply.Phrasing"/>:
/// an advice card's headline and its line to say), in place, within the budget; what it wrote is labelled "AI
/// generated". Without an LLM, for a tenant that switched it off, or when the phraser falls back, the replies are the
/// rules' own. Only the rules' texts and the roster's names are sent, never what the user typed.
/// </summary>
internal sealed class ReplyPhraser(IServiceProvider services, CoachingContent content, WordingCommands wording, IOptions<LlmOptions> options)
{
    private readonly AdvicePhraser? _phraser = services.GetService<AdvicePhraser>();

    public async Task<IReadOnlyList<Reply>> PhraseAsync(IncomingTurn turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (_phraser is null || replies.All(r => r.Phrasing is null) || options.Value.DisabledTenants.Contains(turn.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            || await wording.WantsPlainAsync(turn.UserId, cancellationToken).ConfigureAwait(false))
        {
            return replies;
        }

        var roster = content.Current.Policy.Roster.Select(r => r.Name).ToList();
        var phrased = new List<Reply>(replies.Count);
        foreach (var reply in replies)
        {
            // A card that replaces a pressed one goes back in an invoke response, which carries no entities and so could
            // not carry the "AI generated" label: it keeps the rules' words.
            phrased.Add(reply.Phrasing is { } parts && !reply.RefreshesCard ? await PhraseAsync(_phraser, reply, parts, roster, cancellationToken).ConfigureAwait(false) : reply);
        }

        return phrased;
    }

    private static async Task<Reply> PhraseAsync(AdvicePhraser phraser, Reply reply, ReplyPhrasing parts, IReadOnlyCollection<string> roster, CancellationToken cancellationToken)
    {
        var language = ReplyLanguage.FromTag(parts.Language) ?? ReplyLanguage.English;
        var request = new PhraseRequest(
            parts.Purpose == "sales" ? PromptIds.RephraseSales : PromptIds.RephraseStaff, language, Register(language), parts.Headline, parts.SayNow, parts.RuleIds, roster);
        var text = await phraser.PhraseAsync(request, cancellationToken).ConfigureAwait(false);
        if (!text.ByLlm)
        {
            return reply;
        }

        return reply with
        {
            Text = reply.Text.Replace(parts.SayNow, text.SayNow, StringComparison.Ordinal),
            Card = reply.Card is { } card ? card with { Title = text.Headline } : null,
            AiGenerated = true,
        };
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
