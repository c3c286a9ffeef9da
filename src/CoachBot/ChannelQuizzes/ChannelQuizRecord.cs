using CoachBot.State;

namespace CoachBot.ChannelQuizzes;

/// <summary>An option of a channel quiz question, in the order the card shows it (A, B, C …).</summary>
internal sealed record ChannelQuizOption(string Id, string Text);

/// <summary>
/// A question as the quiz asks it, copied from the bank in the quiz's language when the quiz starts, so a content reload
/// mid-quiz changes neither what is asked nor how it is scored.
/// </summary>
internal sealed record ChannelQuizQuestion(
    string Id, string Topic, string Prompt, IReadOnlyList<ChannelQuizOption> Options, IReadOnlyList<string> Answer, IReadOnlyList<string> Sources)
{
    /// <summary>A trap question: its key is the move the documents warn against, so the results call it the mistake.</summary>
    public bool IsTrap { get; init; }

    /// <summary>Why the key is the key, with the rule behind it, shown with the results.</summary>
    public string? Why { get; init; }

    public bool IsRight(string option) => Answer.Count == 1 && Answer[0] == option;
}

/// <summary>A member of the channel, from its roster, so the results can name who has not answered.</summary>
internal sealed record ChannelQuizMember(string Id, string? Name);

/// <summary>
/// A quiz a trainer runs in a channel. Only its steps write it (<see cref="ChannelQuizStepHandler"/>, which the outbox
/// runs one at a time per conversation): the first step stores it, later ones post a question (<see cref="OpenedAt"/>),
/// close it (<see cref="ClosedAt"/>), report it, end the quiz. Members' answers are rows of their own, never this
/// record, so fifty taps at once write fifty rows and change nothing here.
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
    DateTimeOffset StartedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>A tap sent just before the limit can arrive a moment after it.</summary>
    public static TimeSpan LateGrace { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The team whose channel it runs in (Teams' <c>channelData.team.id</c>): which trainers see it on the dashboard.</summary>
    public string? TeamId { get; init; }

    /// <summary>The question open now, or the next to post.</summary>
    public int Current { get; init; }

    /// <summary>When <see cref="Current"/> was posted; null while it waits to be.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The channel's message id of each question's card, once posted (to replace it when the question closes).</summary>
    public IReadOnlyList<string?> CardIds { get; init; } = [];

    /// <summary>When each question closed; an answer counts only if it came before.</summary>
    public IReadOnlyList<DateTimeOffset?> ClosedAt { get; init; } = [];

    /// <summary>The questions whose results have been posted.</summary>
    public IReadOnlyList<int> Reported { get; init; } = [];

    /// <summary>The channel's members when the first question was posted (the roster's first page).</summary>
    public IReadOnlyList<ChannelQuizMember> Members { get; init; } = [];

    /// <summary>Whether the roster has been asked for (it may have been empty or unavailable).</summary>
    public bool RosterRead { get; init; }

    /// <summary>Set when the last question closed or the trainer ended the quiz: nothing more is asked or answered.</summary>
    public bool Finished { get; init; }

    /// <summary>Who ended it early, for the final board.</summary>
    public string? EndedBy { get; init; }

    /// <summary>Whether the final board has been posted: the quiz is over and no step does anything more.</summary>
    public bool FinalPosted { get; init; }

    public TimeSpan TimeLimit => TimeSpan.FromSeconds(QuestionSeconds);

    /// <summary>Whether question <paramref name="question"/> takes answers at <paramref name="now"/>.</summary>
    public bool IsOpen(int question, DateTimeOffset now) =>
        !Finished && question == Current && OpenedAt is { } opened && now <= opened + TimeLimit + LateGrace;

    /// <summary>Whether question <paramref name="question"/> is over: closed, out of time, or the quiz ended.</summary>
    public bool IsClosed(int question, DateTimeOffset now) =>
        Finished || question < Current || (question == Current && OpenedAt is { } opened && now > opened + TimeLimit + LateGrace);

    /// <summary>Whether an answer counts: it came before its question closed (one that slipped in as it closed does not).</summary>
    public bool Counts(ChannelQuizAnswer answer) =>
        answer.Question >= ClosedAt.Count || ClosedAt[answer.Question] is not { } closed || answer.AnsweredAt <= closed;

    public ChannelQuizRecord WithoutMember(string userId) => this with { Members = [.. Members.Where(m => m.Id != userId)] };

    public string? CardId(int question) => question < CardIds.Count ? CardIds[question] : null;

    public ChannelQuizRecord WithCardId(int question, string id) => this with { CardIds = Set(CardIds, question, id) };

    public ChannelQuizRecord WithClosed(int question, DateTimeOffset at) => this with { ClosedAt = Set(ClosedAt, question, at) };

    private static List<T?> Set<T>(IReadOnlyList<T?> list, int index, T value)
    {
        var items = list.ToList();
        while (items.Count <= index)
        {
            items.Add(default);
        }

        items[index] = value;
        return items;
    }
}
