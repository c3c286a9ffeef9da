namespace CoachBot.ChannelQuizzes;

/// <summary>A question of a channel quiz: the bank's question and the order its options are shown in (A, B, C …).</summary>
internal sealed record ChannelQuizQuestion(string Id, IReadOnlyList<string> Shown);

/// <summary>A member of the channel, from its roster, so the results can name who has not answered.</summary>
internal sealed record ChannelQuizMember(string Id, string? Name, string? Aad = null);

/// <summary>
/// A quiz a trainer runs in a channel. Written when the trainer starts it; after that only the quiz's steps (the outbox
/// handler, one step at a time per conversation) change it: a question is posted (<see cref="OpenedAt"/>), closed (the
/// next one becomes <see cref="Current"/>), or the quiz ends. Members' answers are rows of their own, never this record,
/// so fifty taps at once write fifty rows and change nothing here.
/// </summary>
internal sealed record ChannelQuizRecord(
    string Id,
    string ConversationId,
    string ServiceUrl,
    string TrainerId,
    string? TrainerName,
    string? Topic,
    string Language,
    int QuestionSeconds,
    IReadOnlyList<ChannelQuizQuestion> Questions,
    DateTimeOffset StartedAt)
{
    /// <summary>The team whose channel it runs in (Teams' <c>channelData.team.id</c>): which trainers see it on the dashboard.</summary>
    public string? TeamId { get; init; }

    /// <summary>The question open now, or the next to post.</summary>
    public int Current { get; init; }

    /// <summary>When <see cref="Current"/> was posted; null while it waits to be.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The channel's message id of each question's card, once posted (to replace it when the question closes).</summary>
    public IReadOnlyList<string?> CardIds { get; init; } = [];

    /// <summary>The channel's members when the first question was posted (the roster's first page).</summary>
    public IReadOnlyList<ChannelQuizMember> Members { get; init; } = [];

    /// <summary>Whether the roster has been asked for (it may have been empty or unavailable).</summary>
    public bool RosterRead { get; init; }

    /// <summary>Set when the last question closed or the trainer ended the quiz.</summary>
    public bool Finished { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    public TimeSpan TimeLimit => TimeSpan.FromSeconds(QuestionSeconds);

    /// <summary>Whether question <paramref name="question"/> takes answers at <paramref name="now"/>.</summary>
    public bool IsOpen(int question, DateTimeOffset now) =>
        !Finished && question == Current && OpenedAt is { } opened && now <= opened + TimeLimit + LateGrace;

    /// <summary>Whether question <paramref name="question"/> is over: closed by the trainer or its time, or the quiz ended.</summary>
    public bool IsClosed(int question, DateTimeOffset now) =>
        Finished || question < Current || (question == Current && OpenedAt is { } opened && now > opened + TimeLimit + LateGrace);

    /// <summary>A tap sent just before the limit can arrive a moment after it.</summary>
    public static TimeSpan LateGrace { get; } = TimeSpan.FromSeconds(2);

    public string? CardId(int question) => question < CardIds.Count ? CardIds[question] : null;

    public ChannelQuizRecord WithCardId(int question, string? id)
    {
        var ids = CardIds.ToList();
        while (ids.Count <= question)
        {
            ids.Add(null);
        }

        ids[question] = id;
        return this with { CardIds = ids };
    }
}
