namespace CoachBot.ChannelQuizzes;

/// <summary>What channel quizzes log: ids, question numbers, counts and points, never what anyone typed or their names.</summary>
internal static partial class ChannelQuizLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Channel quiz {QuizId} started in {ConversationId}: topic {Topic}, {Questions} questions")]
    public static partial void Started(ILogger logger, string quizId, string conversationId, string topic, int questions);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Someone without the trainer role asked to start a channel quiz in {ConversationId}; refused")]
    public static partial void Refused(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Debug, Message = "Channel quiz {QuizId} question {Question}: an answer, right {Right}, {Points} points")]
    public static partial void Answered(ILogger logger, string quizId, int question, bool right, int points);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Channel quiz {QuizId} question {Question} posted; roster of {Members}")]
    public static partial void Posted(ILogger logger, string quizId, int question, int members);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Channel quiz {QuizId} question {Question} closed")]
    public static partial void Closed(ILogger logger, string quizId, int question);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Information, Message = "Channel quiz {QuizId} finished with {Answers} answers in all (ended early: {EndedEarly})")]
    public static partial void Finished(ILogger logger, string quizId, int answers, bool endedEarly);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Warning, Message = "Channel quiz {QuizId}: the card of question {Question} could not be replaced by its closed version")]
    public static partial void CardNotReplaced(ILogger logger, Exception exception, string quizId, int question);
}
