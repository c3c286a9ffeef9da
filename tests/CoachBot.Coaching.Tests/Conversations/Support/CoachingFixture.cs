using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>
/// The shipped playbooks, recogniser and sample policy, loaded once per test class, and runners over them at a
/// fixed time: 10 March 2026, 10:00 in Ho Chi Minh City (off season; the day duty manager is on).
/// </summary>
public sealed class CoachingFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(7));

    public CoachingFixture()
    {
        var loaded = new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        Knowledge = loaded.Knowledge;
        Engine = new RulesEngine(loaded.Knowledge);
        Policy = PolicyLoader.LoadOrThrowAsync(PolicyLoader.SampleFile, CancellationToken.None).GetAwaiter().GetResult();
        Texts = TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingBot.TextKeys, CancellationToken.None).GetAwaiter().GetResult().OrThrow();
        Runner = Create(Policy);
    }

    public KnowledgeBase Knowledge { get; }

    public RulesEngine Engine { get; }

    public Recogniser Recogniser { get; } = Recogniser.LoadDefault();

    public HotelPolicy Policy { get; }

    public TextCatalog Texts { get; }

    public DialogRunner Runner { get; }

    public DialogRunner Create(HotelPolicy policy, RoleMap? roles = null, DateTimeOffset? now = null, ICallNoteReader? callNotes = null) =>
        CoachingBot.CreateRunner(Engine, Recogniser, policy, Texts, new CoachingOptions
        {
            TimeProvider = new FixedTimeProvider(now ?? Now),
            CallNotes = callNotes ?? NoCallNotes.Instance,
            Training = NoTrainingRecords.Instance,
        }, roles);

    /// <summary>The playbook label of a classification key in a language, to compare with a card title.</summary>
    public string Label(string classificationKey, string language) =>
        Knowledge.Rules.Select(r => r.Then.Classification).First(c => c?.Key == classificationKey)!.Label.Get(language);
}
