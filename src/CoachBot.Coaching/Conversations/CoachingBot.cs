using CoachBot.Coaching.Content;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Composes the coaching bot on the dialog engine: the root <c>coach</c> dialog, which answers every situation
/// with advice at once, and the after-call note, with help and welcome texts in every reply language, the "why"
/// hook and the interruption hook (a new situation or an advice button ends an open question). The host swaps the returned runner in for the demo dialog; the user's role comes from
/// <see cref="IncomingTurn.Roles"/> (filled by the host from a <see cref="RoleMap"/>), else from the role map
/// given here, else the lowest role. Side effects: see <see cref="SideEffectKinds"/>.
/// </summary>
public static class CoachingBot
{
    /// <summary>The text and command keys the coaching bot (with the dialog engine) uses: the texts file must have exactly these.</summary>
    public static TextKeySet TextKeys { get; } = TextKeySet.Engine.With(TextKeySet.FromClasses(typeof(ForgetCommand), typeof(NotesCommand), typeof(CoachTexts), typeof(AdviceTexts), typeof(DiscountTexts), typeof(CallNoteTexts), typeof(NotesTexts), typeof(QuizTexts), typeof(ScoresTexts), typeof(TrainingCommands), typeof(RolePlayTexts)));

    /// <summary>
    /// A runner over one content set: every turn it runs reads that set only. A reload builds a new runner over the
    /// new set, so a turn that started on the old one finishes on it.
    /// </summary>
    public static DialogRunner CreateRunner(ContentSet content, CoachingOptions options, RoleMap? roles = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        return Create(content, roles, options);
    }

    /// <summary>A runner over a fixed rules engine (for tests and tools).</summary>
    public static DialogRunner CreateRunner(
        RulesEngine engine, Recogniser recogniser, HotelPolicy policy, TextCatalog texts, CoachingOptions options, RoleMap? roles = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(texts);
        return Create(new ContentSet(engine.Knowledge, recogniser, policy, texts), roles, options);
    }

    /// <summary>
    /// The turn with <see cref="IncomingTurn.DetectedLanguage"/> filled in from the recogniser when the host has
    /// not set it, so Vietnamese typed without diacritics is answered in Vietnamese.
    /// </summary>
    public static IncomingTurn WithDetectedLanguage(IncomingTurn turn, Recogniser recogniser)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(recogniser);
        if (turn.DetectedLanguage is not null || string.IsNullOrWhiteSpace(turn.Text))
        {
            return turn;
        }

        // Only the language: the router reads the situation, once, with the sender's role.
        var reading = recogniser.ReadLanguage(turn.Text, turn.Locale);
        var tag = reading.Script == "hant" ? "zh-Hant" : reading.Language;
        return !reading.KnowsAWord && reading.Language == "en" ? turn : turn with { DetectedLanguage = tag };
    }

    private static DialogRunner Create(ContentSet content, RoleMap? roles, CoachingOptions options)
    {
        var services = new CoachingServices(content, roles, options);
        var router = new CoachRouter(services);
        var dialogs = new DialogSet()
            .Add(new CoachDialog(router))
            .Add(new CallNoteDialog(services))
            .Add(new QuizDialog(services))
            .Add(new RolePlayDialog(services))
            .Add(new ChoicePrompt(CallNoteDialog.ChoicePromptId))
            .Add(new ConfirmPrompt(CallNoteDialog.ConfirmPromptId))
            .Add(new NotePrompt(CallNoteDialog.TextPromptId))
            .Add(new NotePrompt(CallNoteDialog.ProspectPromptId));
        var explainer = new Explainer(services);
        return new DialogRunner(dialogs, CoachDialog.DialogId, new DialogRunnerOptions
        {
            Texts = content.Texts,
            Help = dc => Reply.Say(dc.Texts.For(CoachTexts.Help, dc.Language)),
            Welcome = dc => Reply.Say(dc.Texts.For(CoachTexts.Welcome, dc.Language)),
            ExplainAsync = explainer.ExplainAsync,
            InterruptAsync = router.TryInterruptAsync,
        });
    }
}
