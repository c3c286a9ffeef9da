using CoachBot.ChannelQuizzes;
using CoachBot.State;

namespace CoachBot.Dashboard;

/// <summary>One answered question, from a 1:1 quiz or a channel quiz, as the reports count it.</summary>
internal sealed record Attempt(
    string UserId, string Name, string Kind, string QuestionId, string Topic, IReadOnlyList<string> Sources, bool Right, int Points, DateTimeOffset At);

/// <summary>One finished role-play.</summary>
internal sealed record RolePlayAttempt(string UserId, string Name, string CaseId, bool Passed, DateTimeOffset At);

/// <summary>A channel quiz with every answer to it.</summary>
internal sealed record QuizAnswers(ChannelQuizRecord Quiz, IReadOnlyList<ChannelQuizAnswer> Answers);

/// <summary>Everything one viewer may see, within the report period.</summary>
internal sealed record DashboardRows(
    IReadOnlyList<Attempt> Attempts,
    IReadOnlyList<RolePlayAttempt> RolePlays,
    IReadOnlyList<QuizAnswers> Quizzes,
    IReadOnlyList<string> Teams);
