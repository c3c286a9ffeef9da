using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Dialogs;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// What a channel quiz card's button sends back (<c>{"channelQuiz": "answer", "quiz", "q", "option"}</c>): a member's
/// answer, the trainer's close, or a view (the card's automatic refresh, or its "Show my answer" button).
/// </summary>
internal sealed record ChannelQuizAction(
    [property: JsonPropertyName(ChannelQuizAction.Key)] string Kind,
    [property: JsonPropertyName("quiz")] string Quiz,
    [property: JsonPropertyName("q")] int Question,
    [property: JsonPropertyName("option")] string? Option = null)
{
    public const string Key = "channelQuiz";
    public const string Answer = "answer";
    public const string Close = "close";
    public const string View = "view";

    /// <summary>The verb of the answer and close buttons (Action.Execute).</summary>
    public const string Verb = "channel-quiz";

    /// <summary>The verb of the card's refresh: always read-only.</summary>
    public const string ViewVerb = "channel-quiz-view";

    /// <summary>The action a card's data holds, or null when it is not a channel quiz's.</summary>
    public static ChannelQuizAction? Read(JsonElement? value)
    {
        var kind = CardValue.TextField(value, Key);
        var quiz = CardValue.TextField(value, "quiz");
        var question = CardValue.WholeNumberField(value, "q");
        if (kind is not (Answer or Close or View) || quiz is not { Length: > 0 } || question is not (>= 0 and < 100))
        {
            return null;
        }

        return new ChannelQuizAction(kind, quiz, (int)question.Value, CardValue.TextField(value, "option"));
    }
}
