using System.Globalization;
using CoachBot.Cards;
using CoachBot.Coaching.Training;
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
        var shown = quiz.Questions[view.Question].Shown;
        var body = new List<object>
        {
            TextBlock.Bold(title),
            new TextBlock(view.Bank.Prompt.For(language)),
            new TextBlock(string.Join("\n\n", shown.Select((id, place) => $"{Letter(place)}. {OptionText(view.Bank, id, language)}"))),
        };
        body.Add(new Container(Status(texts, view, language)) { Spacing = "Medium" });
        var actions = new List<object>();
        if (view.CanAnswer)
        {
            actions.AddRange(shown.Select((id, place) => Button(Letter(place), new ChannelQuizAction(ChannelQuizAction.Answer, quiz.Id, view.Question, id))));
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
    public static AdaptiveCard Results(
        TextCatalog texts, ChannelQuizRecord quiz, int question, QuizQuestion bank, IReadOnlyList<State.ChannelQuizAnswer> answers, bool more)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var language = LanguageOf(quiz);
        var title = texts.Format(ChannelQuizTexts.ResultsTitle, language, question + 1, quiz.Questions.Count);
        var toQuestion = answers.Where(a => a.Question == question).ToList();
        var body = new List<object> { TextBlock.Bold(title), new TextBlock(texts.Format(TheAnswer, language, KeyText(quiz, question, bank, language))) };
        body.Add(new TextBlock(toQuestion.Count == 0
            ? texts.For(ChannelQuizTexts.NobodyAnswered, language)
            : texts.Format(ChannelQuizTexts.RightShare, language, toQuestion.Count(a => a.Right), toQuestion.Count, Percent(toQuestion.Count(a => a.Right), toQuestion.Count))));
        var laggards = quiz.Members
            .Where(m => m.Id != quiz.TrainerId && toQuestion.All(a => a.UserId != m.Id))
            .Select(m => m.Name ?? m.Id)
            .ToList();
        if (laggards.Count > 0 && toQuestion.Count > 0)
        {
            var named = string.Join(", ", laggards.Take(NamedLaggards)) + (laggards.Count > NamedLaggards ? $" (+{laggards.Count - NamedLaggards})" : string.Empty);
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.NotAnswered, language, named)));
        }

        body.Add(Board(texts, ChannelQuizStanding.Rank(answers), ShownStandings, language));
        if (more)
        {
            body.Add(new TextBlock(texts.For(ChannelQuizTexts.NextComing, language)));
        }

        return AdaptiveCard.Create(body, title, null);
    }

    /// <summary>The final leaderboard; <paramref name="endedBy"/> names the trainer when they ended it early.</summary>
    public static AdaptiveCard Final(TextCatalog texts, ChannelQuizRecord quiz, IReadOnlyList<State.ChannelQuizAnswer> answers, string? endedBy)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(quiz);
        var language = LanguageOf(quiz);
        var title = texts.Format(ChannelQuizTexts.FinalTitle, language, TopicName(texts, quiz, language));
        var standings = ChannelQuizStanding.Rank(answers);
        var body = new List<object> { TextBlock.Bold(title) };
        if (endedBy is not null)
        {
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.Ended, language, endedBy)));
        }

        if (standings.Count > 0 && standings[0].Points > 0)
        {
            body.Add(new TextBlock(texts.Format(ChannelQuizTexts.Winner, language, standings[0].Name)) { Size = "Large", Weight = "Bolder" });
        }

        body.Add(Board(texts, standings, FinalStandings, language));
        return AdaptiveCard.Create(body, title, null);
    }

    public static ReplyLanguage LanguageOf(ChannelQuizRecord quiz) => ReplyLanguage.FromTag(quiz.Language) ?? ReplyLanguage.English;

    public static string TopicName(TextCatalog texts, ChannelQuizRecord quiz, ReplyLanguage language) =>
        texts.For(quiz.Topic is { } topic ? ChannelQuizTexts.Topic(topic) : ChannelQuizTexts.AllTopics, language);

    private static List<object> Status(TextCatalog texts, ChannelQuizView view, ReplyLanguage language)
    {
        var lines = new List<object>();
        var quiz = view.Quiz;
        if (view.Mine is { } mine)
        {
            lines.Add(new TextBlock(texts.Format(YourAnswer, language, Lettered(quiz, view.Question, view.Bank, mine.Option, language))));
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
            lines.Add(new TextBlock(texts.Format(TheAnswer, language, KeyText(quiz, view.Question, view.Bank, language))));
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

        if (view.Viewer != ChannelQuizViewer.Everyone)
        {
            lines.Add(new TextBlock(texts.Format(ChannelQuizTexts.AnsweredSoFar, language, view.Answered)));
        }

        return lines;
    }

    private static Container Board(TextCatalog texts, IReadOnlyList<ChannelQuizStanding> standings, int shown, ReplyLanguage language)
    {
        var lines = new List<object> { TextBlock.Bold(texts.For(ChannelQuizTexts.Leaderboard, language)) };
        lines.AddRange(standings.Take(shown).Select((s, i) => new TextBlock(texts.Format(
            ChannelQuizTexts.Standing, language, i + 1, s.Name, s.Points.ToString("N0", CultureInfo.InvariantCulture), s.Right))));
        return new Container(lines) { Spacing = "Medium" };
    }

    /// <summary>A button that answers in place (Action.Execute) or, in a client without Universal Actions, as a message.</summary>
    private static ExecuteAction Button(string title, ChannelQuizAction data) =>
        new(title, ChannelQuizAction.Verb, data, new SubmitAction(title, data));

    /// <summary>Whom Teams refreshes the card for: the trainer first, then the roster, at most 60.</summary>
    private static IReadOnlyList<string> RefreshUsers(ChannelQuizRecord quiz) =>
        [.. new[] { quiz.TrainerId }.Concat(quiz.Members.Select(m => m.Id)).Distinct(StringComparer.Ordinal).Take(CardRefresh.MaxUsers)];

    private static string KeyText(ChannelQuizRecord quiz, int question, QuizQuestion bank, ReplyLanguage language) =>
        string.Join(", ", bank.Answer.Select(id => Lettered(quiz, question, bank, id, language)));

    private static string Lettered(ChannelQuizRecord quiz, int question, QuizQuestion bank, string optionId, ReplyLanguage language)
    {
        var place = quiz.Questions[question].Shown.ToList().IndexOf(optionId);
        return place < 0 ? OptionText(bank, optionId, language) : $"{Letter(place)}. {OptionText(bank, optionId, language)}";
    }

    private static string OptionText(QuizQuestion question, string id, ReplyLanguage language) =>
        question.Options.FirstOrDefault(o => o.Id == id)?.Text.For(language) ?? id;

    private static string Letter(int place) => ((char)('A' + place)).ToString();

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
