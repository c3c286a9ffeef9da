namespace CoachBot.State;

/// <summary>
/// One member's answer to one question of a channel quiz: kept once per (quiz, question, member), whatever the taps,
/// Teams' re-sent invokes or redeliveries, with the points it earned.
/// </summary>
/// <param name="QuizId">The channel quiz.</param>
/// <param name="Question">The question's place in it, from 0.</param>
/// <param name="UserId">Who answered: "forget my data" deletes it.</param>
/// <param name="Option">The option id picked.</param>
/// <param name="Right">Whether it was the key.</param>
/// <param name="Points">What it earned.</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="ExpiresAt">When the retention purge deletes it.</param>
public sealed record ChannelQuizAnswer(
    string QuizId, int Question, string UserId, string Option, bool Right, int Points, DateTimeOffset AnsweredAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The member's display name when they answered, for the leaderboard.</summary>
    public string? UserName { get; init; }

    /// <summary>The member's Entra object id, so a dashboard sign-in finds their own answers.</summary>
    public string? UserAad { get; init; }
}
