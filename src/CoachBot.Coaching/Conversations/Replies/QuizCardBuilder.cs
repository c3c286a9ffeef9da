using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The cards of a 1:1 quiz. A question shows its options as lettered lines (a say-next option is a sentence, too long
/// for a button) and one button per letter; a tap refreshes the card in place into the verdict: right or not, the
/// answer, why, and the source (as a line, since a refreshed card carries no citations). The last card gives the score,
/// what to practise next and when the missed questions come back.
/// </summary>
internal sealed class QuizCardBuilder(CoachingServices services)
{
    private TextCatalog Texts => services.Texts;

    public Reply Question(QuizSession session, int index, QuizQuestion question, ReplyLanguage language, bool refresh)
    {
        var item = session.Items[index];
        var lines = item.Shown.Select((id, place) => $"{TypedQuizAnswer.Letter(place)}. {OptionText(question, id, language)}").ToList();
        if (question.Kind == QuizKind.Order)
        {
            lines.Add(item.Given.Count == 0
                ? Texts.For(QuizTexts.TapOrder, language)
                : Texts.Format(QuizTexts.OrderSoFar, language, Letters(item, item.Given)));
        }
        else if (index == 0)
        {
            lines.Add(Texts.For(QuizTexts.TapLetter, language));
        }

        // A step already tapped has no button left: tapping it twice cannot make an order.
        var choices = item.Shown
            .Select((id, place) => (id, place))
            .Where(o => !item.Given.Contains(o.id, StringComparer.Ordinal))
            .Select(o => new Choice(TypedQuizAnswer.Letter(o.place), new QuizPress(session.Id, index, o.id).ToValue()) { Refreshes = true })
            .ToList();

        // "Stop quiz" presses the engine's cancel, as typing it does.
        choices.Add(new Choice(Texts.For(QuizTexts.StopButton, language), Texts.Phrases(EngineCommands.Cancel)[0].Text));
        return new Reply(question.Prompt.For(language))
        {
            Card = new ReplyCard(Title(session, index, language), []) { Lines = lines },
            Choices = choices,
            RefreshesCard = refresh,
        };
    }

    public Reply Verdict(QuizSession session, int index, QuizQuestion question, ReplyLanguage language)
    {
        var item = session.Items[index];
        var right = item.Right == true;
        var verdict = Texts.For(right ? QuizTexts.Right : QuizTexts.Wrong, language);
        List<string> lines = [Texts.Format(QuizTexts.YourAnswer, language, Options(question, item, item.Given, language))];
        if (!right)
        {
            lines.Add(Texts.Format(QuizTexts.TheAnswer, language, Options(question, item, question.Answer, language)));
        }

        lines.Add(Texts.Format(QuizTexts.Source, language, SourceNames(question.Sources, language)));
        return new Reply(question.Prompt.For(language))
        {
            Card = new ReplyCard($"{verdict} · {Title(session, index, language)}", [new ReplySection(Texts.For(QuizTexts.WhyHeading, language), [question.Why.For(language)])])
            {
                Lines = lines,
            },
            Citations = CitationBuilder.Build(question.Sources, services.Knowledge.Sources, language),
            RefreshesCard = true,
        };
    }

    /// <summary>
    /// The end of a quiz: the score, the inventory ids of the <paramref name="missed"/> questions to practise, and when
    /// they come back (<paramref name="comeBack"/>, null when none was missed).
    /// </summary>
    public Reply Done(QuizSession session, IReadOnlyList<QuizQuestion> missed, DateTimeOffset? comeBack, ReplyLanguage language)
    {
        var answered = session.Items.Count(i => i.Right is not null);
        var right = session.Items.Count(i => i.Right == true);
        var title = Texts.Format(QuizTexts.DoneTitle, language, right, answered, Percent(right, answered));
        var sections = new List<ReplySection>();
        if (missed.Count > 0)
        {
            var ids = missed.SelectMany(q => q.Sources).Distinct(StringComparer.Ordinal);
            sections.Add(new ReplySection(Texts.For(QuizTexts.PractiseNext, language), [.. ids.Select(id => SourceNames([id], language))]));
        }

        var text = comeBack is { } due
            ? Texts.Format(QuizTexts.MissedComeBack, language, When(due, language))
            : Texts.For(QuizTexts.NothingMissed, language);
        return new Reply(text)
        {
            Card = new ReplyCard(title, sections),
            Choices = [Again(session.Topic, language), Scores(language)],
            Citations = CitationBuilder.Build(missed.SelectMany(q => q.Sources), services.Knowledge.Sources, language),
        };
    }

    /// <summary>"Another quiz" on <paramref name="topic"/> (null: any topic); a value, not a phrase, so the reply keeps the conversation's language.</summary>
    public Choice Again(string? topic, ReplyLanguage language) =>
        new(Texts.For(QuizTexts.AgainButton, language), QuizButtons.NewQuiz(topic));

    public Choice Scores(ReplyLanguage language) => new(Texts.For(QuizTexts.ScoresButton, language), QuizButtons.ScoresValue);

    /// <summary>The topic's name in <paramref name="language"/>; the id itself for a topic the texts do not name.</summary>
    public string TopicName(string? topic, ReplyLanguage language) =>
        topic is not null && QuizTexts.TopicNames.TryGetValue(topic, out var id) ? Texts.For(id, language) : topic ?? string.Empty;

    public string SourceNames(IEnumerable<string> ids, ReplyLanguage language) =>
        string.Join("; ", ids.Select(id => services.Knowledge.Sources.TryGet(id, out var entry) ? $"{id} {entry.Name.For(language)}" : id));

    /// <summary>A due time as the trainee reads it: the time today, else the date, in the property's time zone.</summary>
    public string When(DateTimeOffset at, ReplyLanguage language)
    {
        var local = services.Policy.LocalTime(at);
        var today = services.Policy.LocalTime(services.Now).Date;
        return local.Date == today
            ? local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : Texts.Format(NotesTexts.Date, language, DateOnly.FromDateTime(local.DateTime));
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    private string Title(QuizSession session, int index, ReplyLanguage language) =>
        session.Topic is null
            ? Texts.Format(QuizTexts.TitleMixed, language, index + 1, session.Items.Count)
            : Texts.Format(QuizTexts.Title, language, TopicName(session.Topic, language), index + 1, session.Items.Count);

    private static string Letters(QuizItem item, IEnumerable<string> ids) =>
        string.Join(" → ", ids.Select(id => TypedQuizAnswer.Letter(Place(item, id))));

    private static string Options(QuizQuestion question, QuizItem item, IReadOnlyList<string> ids, ReplyLanguage language) =>
        question.Kind == QuizKind.Order
            ? Letters(item, ids)
            : string.Join(", ", ids.Select(id => $"{TypedQuizAnswer.Letter(Place(item, id))}. {OptionText(question, id, language)}"));

    private static int Place(QuizItem item, string id) => item.Shown.ToList().IndexOf(id);

    private static string OptionText(QuizQuestion question, string id, ReplyLanguage language) =>
        question.Options.First(o => o.Id == id).Text.For(language);
}
