using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What a quiz request asks for: the topic (null: any), how many questions (null: the default) and whether it named a
/// topic the bank does not know ("quiz me on parking"), which is answered with the topics there are rather than with a
/// quiz on something else. Read from "quiz me on {0}" or from a message the recogniser read as a quiz request
/// ("give me 5 questions on handling an incumbent"); topics are named by the catalog's topic words, in any language.
/// </summary>
public sealed partial record QuizRequest(string? Topic, int? Count, bool UnknownTopic)
{
    /// <summary>The most questions one quiz asks: a quiz is for a break in a shift.</summary>
    public const int MaxCount = 20;

    /// <summary>The request in "quiz me" / "quiz me on {0}" or "start quiz {0}", or null when the message is neither.</summary>
    public static (QuizRequest Request, ReplyLanguage Language)? FromCommand(TextCatalog texts, string text) =>
        FromCommand(texts, text, TrainingCommands.QuizMe) ?? FromStartCommand(texts, text);

    /// <summary>The request in "start quiz" / "start quiz {0}" only: in a channel, the phrases that start a quiz for everyone.</summary>
    public static (QuizRequest Request, ReplyLanguage Language)? FromStartCommand(TextCatalog texts, string text) =>
        FromCommand(texts, text, TrainingCommands.StartQuiz);

    private static (QuizRequest Request, ReplyLanguage Language)? FromCommand(TextCatalog texts, string text, CommandId command)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.RecognizeWithArgument(command, text) is not { } match)
        {
            return null;
        }

        if (match.Argument is not { } named)
        {
            return (new QuizRequest(null, null, false), match.Language);
        }

        // "parking 3" names a topic the bank does not have: answered with the topics there are, not a quiz on all of them.
        var topic = FindTopic(texts, named);
        var count = FindCount(named);
        return (new QuizRequest(topic, count, topic is null && (count is null || NamesSomething(named))), match.Language);
    }

    /// <summary>The request in a message the recogniser read as asking for a quiz: any topic word, any count.</summary>
    public static QuizRequest FromMessage(TextCatalog texts, string text) => new(FindTopic(texts, text), FindCount(text), false);

    /// <summary>
    /// Whether a practise request asks to play a case rather than for questions: it holds the words of a "practise" phrase
    /// ("practise", "role-play", "đóng vai", "练习") or "play", and no word of asking for questions.
    /// </summary>
    public static bool AsksToPlay(TextCatalog texts, string text)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var folded = TextFolding.FoldForMatch(text);
        if (QuestionWords.Any(w => Contains(folded, w)))
        {
            return false;
        }

        return PlayWords.Any(w => Contains(folded, w))
            || texts.Phrases(TrainingCommands.Practise).Select(p => TextFolding.FoldForMatch(p.Text.Replace("{0}", string.Empty, StringComparison.Ordinal)).Trim())
                .Any(stem => stem.Length > 0 && Contains(folded, stem));
    }

    private static readonly string[] PlayWords = ["play", "playing", "dong vai", "扮演", "演练", "演練"];

    private static readonly string[] QuestionWords = ["question", "questions", "quiz", "cau hoi", "trac nghiem", "题", "題", "测验", "測驗"];

    /// <summary>The topic whose words occur in <paramref name="text"/> (whole words in Latin script), the longest match winning.</summary>
    public static string? FindTopic(TextCatalog texts, string text)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var folded = TextFolding.FoldForMatch(text);
        string? best = null;
        var bestLength = 0;
        foreach (var (topic, words) in TrainingCommands.Topics)
        {
            foreach (var phrase in texts.Phrases(words))
            {
                var word = TextFolding.FoldForMatch(phrase.Text);
                if (word.Length > bestLength && Contains(folded, word))
                {
                    (best, bestLength) = (topic, word.Length);
                }
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="named"/> has words besides a number and the word for questions ("5 questions", "5 câu", "5道题").</summary>
    private static bool NamesSomething(string named)
    {
        var folded = TextFolding.FoldForMatch(Number().Replace(named, " "));
        foreach (var word in CountWords)
        {
            folded = folded.Replace(word, " ", StringComparison.Ordinal);
        }

        return folded.Any(char.IsLetter);
    }

    private static readonly string[] CountWords = ["questions", "question", "cau hoi", "cau", "道题", "道題", "题", "題", "个", "個"];

    private static int? FindCount(string text) =>
        Number().Match(text) is { Success: true } m && int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? Math.Min(n, MaxCount)
            : null;

    /// <summary>Whether <paramref name="word"/> (folded) occurs in <paramref name="text"/> (folded): as whole words in Latin script, anywhere in Chinese.</summary>
    internal static bool Contains(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + word.Length >= text.Length ? ' ' : text[at + word.Length];
            if (!IsLatinLetter(word[0]) || (!IsLatinLetter(before) && !IsLatinLetter(after)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatinLetter(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u2E80');

    [GeneratedRegex(@"(?<![A-Za-z\d])\d{1,2}(?![A-Za-z\d])")]
    private static partial Regex Number();
}
