using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Dialogs;

namespace CoachBot.Hosting;

/// <summary>
/// The coaching content, loaded and validated once at start-up: playbooks, lexicon, interface texts and hotel policy.
/// Any error stops the start with every problem listed (<see cref="StartupConfigurationException"/>), so a bad
/// playbook never reaches a user.
/// </summary>
public sealed record CoachingContent(KnowledgeStore Knowledge, Recogniser Recogniser, HotelPolicy Policy, TextCatalog Texts)
{
    /// <summary>Every text and command key the app uses: the coaching bot's and the duty desk's.</summary>
    public static TextKeySet TextKeys { get; } =
        CoachingBot.TextKeys.With(TextKeySet.FromClasses(typeof(Escalations.EscalationTexts), typeof(Escalations.EscalationCardTexts), typeof(Turns.TurnFailedReply), typeof(Turns.StoreDownReply)));

    public static async Task<CoachingContent> LoadAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(CoachingHostOptions.SectionName).Get<CoachingHostOptions>() ?? new CoachingHostOptions();
        var playbooks = options.PlaybooksDirectory ?? PlaybookLoader.DefaultDirectory;
        try
        {
            var knowledge = await KnowledgeStore.OpenAsync(playbooks, cancellationToken).ConfigureAwait(false);
            var recogniser = Recogniser.Load(playbooks);
            var texts = (await TextCatalogLoader.LoadAsync(playbooks, TextKeys, cancellationToken).ConfigureAwait(false)).OrThrow();
            var policy = await PolicyLoader.LoadOrThrowAsync(options.PolicyFile ?? PolicyLoader.SampleFile, cancellationToken).ConfigureAwait(false);
            return new CoachingContent(knowledge, recogniser, policy, texts);
        }
        catch (PlaybookValidationException ex)
        {
            throw new StartupConfigurationException(ex.Errors.Select(e => $"playbooks in {playbooks}: {e}"), ex);
        }
        catch (LexiconException ex)
        {
            throw new StartupConfigurationException(ex.Errors.Select(e => $"lexicon in {playbooks}: {e}"), ex);
        }
        catch (PolicyValidationException ex)
        {
            throw new StartupConfigurationException(ex.Errors.Select(e => $"hotel policy {e}"), ex);
        }
    }
}
