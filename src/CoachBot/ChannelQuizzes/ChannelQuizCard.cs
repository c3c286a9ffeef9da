using System.Globalization;
using CoachBot.Cards;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// The cards of a channel quiz. A question card is drawn per viewer: the one posted to the channel (everyone) has a
/// button per letter and asks Teams to refresh it for the first <see cref="CardRefresh.MaxUsers"/> members, who then see
/// their own version — how many have answered, their own answer and whether it was right, and for the trainer the Close
/// button. Beyond that many members a "Show my answer" button does the refresh by hand. After a question closes, the
/// results card gives the answer, the right share, who has not answered and the leaderboard; the last one is the final.
/// </summary>
internal static class ChannelQuizCard
{
    private const int ShownStandings = 5;
    private const int FinalStandings = 10;
    private const int NamedLaggards = 15;

    private static readonly TextId TheAnswer = new("quiz.the-answer");
    private static readonly TextId YourAnswer = new("quiz.your-answer");

    public static Attachment Attach(AdaptiveCard card) => new() { ContentType = Attachment.AdaptiveCardContentType, Content = card };

    public static AdaptiveCard Question(TextCatalog texts, ChannelQuizView view)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(view);
        var quiz = view.Quiz;
        var language = LanguageOf(quiz);
        var title = texts.Format(ChannelQuizTexts.QuestionTitle, language, TopicName(texts, quiz, language), view.Question + 1, quiz.Questions.Count);
        var asked = view.Asked;
        var body = new List<object>
        {
            TextBlock.Bold(title),
            new TextBlock(asked.Prompt),
            new TextBlock(string.Join("\n\n", asked.Options.Select((option, place) => $"{Letter(place)}. {option.Text}"))),
        };
        body.Add(new Container(Status(texts, view, language)) { Spacing = "Medium" });
        var actions = new List<object>();
        if (view.CanAnswer)
        {
            actions.AddRange(asked.Options.Select((option, place) => Button(Letter(place), new ChannelQuizAction(ChannelQuizAction.Answer, quiz.Id, view.Question, option.Id))));
        }

        if (view.Viewer == ChannelQuizViewer.Trainer && !view.Closed)
        {
            actions.Add(Button(texts.For(ChannelQuizTexts.CloseButton, language), new ChannelQuizAction(ChannelQuizAction.Close, quiz.Id, view.Question)));
        }

        var viewAction = new ChannelQuizAction(ChannelQuizAction.View, quiz.Id, view.Question);
        if (view.Viewer == ChannelQuizViewer.Everyone && quiz.Members.Count > CardRefresh.MaxUsers)
        {
            actions.Add(new ExecuteAction(texts.For(ChannelQuizTexts.RefreshButton, language), ChannelQuizAction.ViewVerb, viewAction, null));
        }

        return AdaptiveCard.Create(body, title, actions) with
        {
            Refresh = new CardRefresh(
                new ExecuteAction(texts.For(ChannelQuizTexts.RefreshButton, language), ChannelQuizAction.ViewVerb, viewAction, null),
                RefreshUsers(quiz)),
        };
    }

    /// <summary>The results of a closed question and the leaderboard so far; <paramref name="more"/> when another question follows.</summary>
    public static AdaptiveCard Results(TextCatalog texts, ChannelQuizRecord quiz, int question, IReadOnlyList<State.ChannelQuizAnswer> answers, bool more)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var language = LanguageOf(quiz);
        var title = texts.Format(ChannelQuizTexts.ResultsTitle, language, question + 1, quiz.Questions.Count);
        var toQuestion = answers.Where(a => a.Question == question && quiz.Counts(a)).ToList();
        var asked = quiz.Questions[question];
        var body = new List<object> { TextBlock.Bold(title), new TextBlock(asked.Prompt), TextBlock.Bold(Key(texts, asked, language)) };
        if (asked.Why is { Length: > 0 } why)
        {
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.Why, language, why)));
        }

        body.Add(new TextBlock(toQuestion.Count == 0
            ? texts.For(ChannelQuizTexts.NobodyAnswered, language)
            : texts.Format(ChannelQuizTexts.RightShare, language, toQuestion.Count(a => a.Right), toQuestion.Count, Percent(toQuestion.Count(a => a.Right), toQuestion.Count))));
        var laggards = Laggards(quiz, toQuestion);
        if (laggards.Count > 0 && toQuestion.Count > 0)
        {
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.NotAnswered, language, Names(laggards, language))));
        }

        // After the last question the final board follows at once: the same board twice in a row says nothing.
        var standings = ChannelQuizStanding.Rank(answers.Where(quiz.Counts));
        if (more && standings.Count > 0)
        {
            body.Add(Board(texts, standings, ShownStandings, language));
        }

        if (more)
        {
            body.Add(new TextBlock(texts.For(ChannelQuizTexts.NextComing, language)));
        }

        return AdaptiveCard.Create(body, title, null);
    }

    /// <summary>The final leaderboard, naming the trainer when they ended it early; everyone on the top score wins.</summary>
    public static AdaptiveCard Final(TextCatalog texts, ChannelQuizRecord quiz, IReadOnlyList<State.ChannelQuizAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(quiz);
        var language = LanguageOf(quiz);
        var title = texts.Format(ChannelQuizTexts.FinalTitle, language, TopicName(texts, quiz, language));
        var standings = ChannelQuizStanding.Rank(answers.Where(quiz.Counts));
        var body = new List<object> { TextBlock.Bold(title) };
        if (quiz.EndedBy is { } endedBy)
        {
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.Ended, language, endedBy)));
        }

        if (standings.Count == 0)
        {
            body.Add(new TextBlock(texts.For(ChannelQuizTexts.NobodyInQuiz, language)));
            return AdaptiveCard.Create(body, title, null);
        }

        if (standings[0].Points > 0)
        {
            var winners = standings.TakeWhile(s => s.Points == standings[0].Points).Select(s => s.Name);
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.Winner, language, Names([.. winners], language))) { Size = "Large", Weight = "Bolder" });
        }

        body.Add(Board(texts, standings, FinalStandings, language));
        return AdaptiveCard.Create(body, title, null);
    }

    public static ReplyLanguage LanguageOf(ChannelQuizRecord quiz) => ReplyLanguage.FromTag(quiz.Language) ?? ReplyLanguage.English;

    /// <summary>Names or topics as a list: comma separated, or with the enumeration comma in Chinese.</summary>
    public static string List(IEnumerable<string> items, ReplyLanguage language) => string.Join(language.Code == "zh" ? "、" : ", ", items);

    public static string TopicName(TextCatalog texts, ChannelQuizRecord quiz, ReplyLanguage language) =>
        texts.For(quiz.Topic is { } topic ? ChannelQuizTexts.Topic(topic) : ChannelQuizTexts.AllTopics, language);

    private static List<object> Status(TextCatalog texts, ChannelQuizView view, ReplyLanguage language)
    {
        var lines = new List<object>();
        var quiz = view.Quiz;
        if (view.Mine is { } mine)
        {
            lines.Add(new TextBlock(texts.Format(YourAnswer, language, Lettered(view.Asked, mine.Option))));
            lines.Add(TextBlock.Bold(mine.Right
                ? texts.Format(ChannelQuizTexts.YourRight, language, mine.Points.ToString(CultureInfo.InvariantCulture))
                : texts.For(ChannelQuizTexts.YourWrong, language)));
        }
        else if (view.Closed && view.Viewer == ChannelQuizViewer.Member)
        {
            lines.Add(new TextBlock(texts.For(ChannelQuizTexts.NotAnsweredByYou, language)));
        }

        if (view.Closed)
        {
            lines.Add(TextBlock.Bold(texts.For(ChannelQuizTexts.Closed, language)));
            lines.Add(new TextBlock(Key(texts, view.Asked, language)));
            if (view.Answered > 0)
            {
                lines.Add(new TextBlock(texts.Format(ChannelQuizTexts.RightShare, language, view.Right, view.Answered, Percent(view.Right, view.Answered))));
            }

            return lines;
        }

        if (view.Mine is { Right: false })
        {
            lines.Add(new TextBlock(texts.For(ChannelQuizTexts.KeyAfterClose, language)));
        }

        if (view.Viewer == ChannelQuizViewer.Trainer)
        {
            lines.Add(new TextBlock(texts.Format(ChannelQuizTexts.TrainerHint, language, quiz.QuestionSeconds)));
        }
        else if (view.Mine is null)
        {
            lines.Add(new TextBlock(texts.Format(ChannelQuizTexts.TimeLimit, language, quiz.QuestionSeconds)));
        }

        var roster = quiz.Members.Count(m => m.Id != quiz.TrainerId);
        if (view.Viewer != ChannelQuizViewer.Everyone)
        {
            lines.Add(new TextBlock(roster > 0
                ? texts.Format(ChannelQuizTexts.AnsweredOf, language, view.Answered, roster)
                : texts.Format(ChannelQuizTexts.AnsweredSoFar, language, view.Answered)));
        }

        // The trainer sees who is still to answer, to know when to close.
        if (view.Viewer == ChannelQuizViewer.Trainer && view.Waiting.Count is > 0 and var waiting && waiting < roster)
        {
            lines.Add(new TextBlock(texts.Format(ChannelQuizTexts.StillToAnswer, language, Names(view.Waiting, language))));
        }

        return lines;
    }

    /// <summary>The top of the board; members on the same points share a place (1, 1, 3).</summary>
    private static Container Board(TextCatalog texts, IReadOnlyList<ChannelQuizStanding> standings, int shown, ReplyLanguage language)
    {
        var lines = new List<object> { TextBlock.Bold(texts.For(ChannelQuizTexts.Leaderboard, language)) };
        lines.AddRange(standings.Take(shown).Select(s => new TextBlock(texts.Format(
            ChannelQuizTexts.Standing, language, 1 + standings.Count(o => o.Points > s.Points), s.Name, Points(s.Points, language), s.Right))));
        return new Container(lines) { Spacing = "Medium" };
    }

    /// <summary>The answer, or for a trap question the mistake it asked for, with its letter.</summary>
    private static string Key(TextCatalog texts, ChannelQuizQuestion asked, ReplyLanguage language) =>
        texts.Format(asked.IsTrap ? ChannelQuizTexts.TheMistake : TheAnswer, language, KeyText(asked));

    /// <summary>Up to fifteen names, then how many more.</summary>
    private static string Names(IReadOnlyList<string> names, ReplyLanguage language) =>
        List(names.Take(NamedLaggards), language) + (names.Count > NamedLaggards ? $" (+{names.Count - NamedLaggards})" : string.Empty);

    /// <summary>Roster members (not the trainer) without an answer among <paramref name="answers"/>.</summary>
    public static IReadOnlyList<string> Laggards(ChannelQuizRecord quiz, IEnumerable<State.ChannelQuizAnswer> answers)
    {
        var answered = answers.Select(a => a.UserId).ToHashSet(StringComparer.Ordinal);
        return [.. quiz.Members.Where(m => m.Id != quiz.TrainerId && !answered.Contains(m.Id)).Select(m => m.Name ?? m.Id)];
    }

    /// <summary>Points as each language groups digits: 1,796 in English, 1.796 in Vietnamese, 1796 in Chinese.</summary>
    private static string Points(int points, ReplyLanguage language) => language.Code switch
    {
        "zh" => points.ToString(CultureInfo.InvariantCulture),
        "vi" => points.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.'),
        _ => points.ToString("N0", CultureInfo.InvariantCulture),
    };

    /// <summary>A button that answers in place (Action.Execute) or, in a client without Universal Actions, as a message.</summary>
    private static ExecuteAction Button(string title, ChannelQuizAction data) =>
        new(title, ChannelQuizAction.Verb, data, new SubmitAction(title, data));

    /// <summary>Whom Teams refreshes the card for: the trainer first, then the roster, at most 60.</summary>
    private static IReadOnlyList<string> RefreshUsers(ChannelQuizRecord quiz) =>
        [.. new[] { quiz.TrainerId }.Concat(quiz.Members.Select(m => m.Id)).Distinct(StringComparer.Ordinal).Take(CardRefresh.MaxUsers)];

    private static string KeyText(ChannelQuizQuestion asked) => string.Join(", ", asked.Answer.Select(id => Lettered(asked, id)));

    private static string Lettered(ChannelQuizQuestion asked, string optionId)
    {
        var place = asked.Options.ToList().FindIndex(o => o.Id == optionId);
        return place < 0 ? optionId : $"{Letter(place)}. {asked.Options[place].Text}";
    }

    private static string Letter(int place) => ((char)('A' + place)).ToString();

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
