using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Hosting;

/// <summary>
/// The coaching content the host serves: playbooks, lexicon, interface texts and hotel policy, loaded and validated
/// at start-up (any error stops the start with every problem listed, <see cref="StartupConfigurationException"/>,
/// so a bad playbook never reaches a user), then kept current by <see cref="Content.ContentReloader"/>. A turn
/// takes <see cref="Current"/> once and keeps that set to its end.
/// </summary>
public sealed class CoachingContent(ContentStore store)
{
    /// <summary>Every text and command key the app uses: the coaching bot's and the duty desk's.</summary>
    public static TextKeySet TextKeys { get; } =
        CoachingBot.TextKeys.With(TextKeySet.FromClasses(typeof(Escalations.EscalationTexts), typeof(Escalations.EscalationCardTexts), typeof(Turns.TurnFailedReply), typeof(Turns.StoreDownReply), typeof(ChannelQuizzes.ChannelQuizTexts), typeof(Llm.LlmTexts)));

    /// <summary>The holder of the last good set, which a reload swaps.</summary>
    public ContentStore Store { get; } = store;

    /// <summary>The last good set; read it once per turn.</summary>
    public ContentSet Current => Store.Current;

    /// <summary>The texts current now, for what is said outside a dialog turn (an apology, a duty-desk card, a reminder).</summary>
    public TextCatalog Texts => Current.Texts;

    public static async Task<CoachingContent> LoadAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(CoachingHostOptions.SectionName).Get<CoachingHostOptions>() ?? new CoachingHostOptions();
        var playbooks = options.PlaybooksDirectory ?? PlaybookLoader.DefaultDirectory;
        if (options.PropertyProblems().ToList() is { Count: > 0 } problems)
        {
            throw new StartupConfigurationException(problems);
        }

        var properties = options.Properties.SelectMany(p => p.AllIds.Select(id => new PropertyPolicyFile(id, p.PolicyFile!))).ToList();
        var loader = new ContentLoader(playbooks, options.PolicyFile ?? PolicyLoader.SampleFile, TextKeys, properties);
        try
        {
            return new CoachingContent(await ContentStore.OpenAsync(loader, cancellationToken).ConfigureAwait(false));
        }
        catch (ContentValidationException ex)
        {
            throw new StartupConfigurationException(ex.Errors.Select(e => e.Part switch
            {
                ContentPart.Lexicon => $"lexicon in {playbooks}: {e}",
                ContentPart.Policy => $"hotel policy {e}",
                _ => $"playbooks in {playbooks}: {e}",
            }), ex);
        }
    }
}
