using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A 1:1 quiz: N questions (due ones first, see <see cref="QuizPicker"/>), one card at a time. Each answer, tapped
/// or typed, is graded at once: the card turns into the verdict with why and the source, the answer is stored with the
/// question's new memory card (side effect <see cref="SideEffectKinds.QuizAnswer"/>), and the next question follows.
/// The last answer brings the score and what to practise next. A tap on an answered question's card (a second tap,
/// Teams re-sending the invoke) shows that verdict again and grades nothing twice.
/// </summary>
internal sealed class QuizDialog(CoachingServices services) : Dialog(DialogId)
{
    public const string DialogId = "coach.quiz";

    private readonly QuizCardBuilder _cards = new(services);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = dc.GetOptions<QuizRequest>() ?? new QuizRequest(null, null, false);
        var history = new QuizHistory(await services.Options.Training.ReadAnswersAsync(dc.Turn.UserId, cancellationToken).ConfigureAwait(false));
        var now = services.Now;
        var id = now.ToUnixTimeMilliseconds();
        var random = new Random(HashCode.Combine(id, dc.Turn.UserId.GetHashCode(StringComparison.Ordinal)));
        var picked = new QuizPicker(services.Scheduler).Pick(services.Quiz, request.Topic, history.Cards, request.Count ?? services.Options.QuizLength, now, random);
        if (picked.Count == 0)
        {
            await SendTopicsAsync(dc, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var items = picked.Select(q => new QuizItem(q.Id, Shuffled(q, random), history.Cards.GetValueOrDefault(q.Id))).ToList();
        var session = new QuizSession(id, request.Topic, items);
        dc.SetState(session);
        await dc.SendAsync(_cards.Question(session, 0, picked[0], dc.Language, refresh: false), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var session = dc.GetState<QuizSession>();
        var index = session?.Current ?? 0;
        if (session is null || index >= session.Items.Count || Find(session.Items[index]) is not { } question)
        {
            // A quiz whose question left the bank in a reload cannot go on honestly.
            await dc.SendAsync(QuizTexts.Over, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (QuizPress.Read(dc.Turn) is { } press)
        {
            return await OnPressAsync(dc, session, press, cancellationToken).ConfigureAwait(false);
        }

        var item = session.Items[index];
        if (TypedQuizAnswer.Read(dc.Turn.Text, ShownTexts(question, item, dc.Language), question.Kind == QuizKind.Order) is not { } places)
        {
            var last = TypedQuizAnswer.Letter(item.Shown.Count - 1);
            await dc.SendAsync(Reply.Say(services.Texts.Format(QuizTexts.NotAnAnswer, dc.Language, last)), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        // A typed answer in this language says nothing about the language the trainee reads: keep the conversation's.
        dc.KeepConversationLanguage();
        var given = places.Select(p => item.Shown[p]).ToList();
        if (question.Kind == QuizKind.Order && given.Count == 1 && item.Shown.Count > 1)
        {
            // One letter typed for an order question is one step, as a tap is.
            return await OnPressAsync(dc, session, new QuizPress(session.Id, index, given[0]), cancellationToken).ConfigureAwait(false);
        }

        return await AnswerAsync(dc, session, index, question, given, cancellationToken).ConfigureAwait(false);
    }

    public override Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var session = dc.GetState<QuizSession>();
        var index = session?.Current ?? 0;
        return session is not null && index < session.Items.Count && Find(session.Items[index]) is { } question
            ? dc.SendAsync(_cards.Question(session, index, question, dc.Language, refresh: false), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>
    /// Whether <paramref name="text"/> answers the open question (a letter, a place, the letters of an order, an option's
    /// whole text): anything else may be a situation at the desk, which ends the quiz.
    /// </summary>
    public bool Accepts(DialogContext dc, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var session = dc.GetState<QuizSession>();
        if (session is null || session.Current >= session.Items.Count || Find(session.Items[session.Current]) is not { } question)
        {
            return false;
        }

        var item = session.Items[session.Current];
        return TypedQuizAnswer.Read(text, ShownTexts(question, item, dc.Language), question.Kind == QuizKind.Order) is not null;
    }

    /// <summary>
    /// "Quiz stopped: 2 of 5 answered, 1 right", for a quiz a new situation is about to end; null when no question of it
    /// was answered (nothing to report) or no quiz is open.
    /// </summary>
    public Reply? StoppedNote(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialogId != DialogId || dc.GetState<QuizSession>() is not { } session)
        {
            return null;
        }

        var answered = session.Items.Count(i => i.Right is not null);
        return answered == 0
            ? null
            : Reply.Say(services.Texts.Format(QuizTexts.Stopped, dc.Language, answered, session.Items.Count, session.Items.Count(i => i.Right == true)));
    }

    /// <summary>"Quiz me on parking": the topics there are, as buttons.</summary>
    public async Task SendTopicsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var topics = services.Quiz.Topics;
        var names = string.Join(services.Texts.For(CoachTexts.ExplainComma, dc.Language), topics.Select(t => _cards.TopicName(t, dc.Language)));
        var reply = Reply.Ask(services.Texts.Format(QuizTexts.NoQuestions, dc.Language, names), [.. topics.Select(t => new Choice(_cards.TopicName(t, dc.Language), QuizButtons.NewQuiz(t)))]);
        await dc.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> OnPressAsync(DialogContext dc, QuizSession session, QuizPress press, CancellationToken cancellationToken)
    {
        var index = session.Current;
        if (press.QuizId != session.Id || press.Index > index || press.Index >= session.Items.Count)
        {
            await dc.SendAsync(QuizTexts.Over, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        var item = session.Items[press.Index];
        if (Find(item) is not { } question)
        {
            await dc.SendAsync(QuizTexts.Over, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (press.Index < index)
        {
            // Answered already: the same verdict again, nothing graded twice.
            await dc.SendAsync(_cards.Verdict(session, press.Index, question, dc.Language), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (!item.Shown.Contains(press.Option, StringComparer.Ordinal))
        {
            await dc.SendAsync(_cards.Question(session, index, question, dc.Language, refresh: true), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (question.Kind == QuizKind.Order)
        {
            if (item.Given.Contains(press.Option, StringComparer.Ordinal))
            {
                await dc.SendAsync(_cards.Question(session, index, question, dc.Language, refresh: true), cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }

            var steps = item.Given.Append(press.Option).ToList();
            if (steps.Count < item.Shown.Count)
            {
                // A step of an order question: the card shows the order so far and waits for the next tap.
                session = session.With(index, item with { Given = steps });
                dc.SetState(session);
                await dc.SendAsync(_cards.Question(session, index, question, dc.Language, refresh: true), cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }

            return await AnswerAsync(dc, session, index, question, steps, cancellationToken).ConfigureAwait(false);
        }

        return await AnswerAsync(dc, session, index, question, [press.Option], cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerAsync(
        DialogContext dc, QuizSession session, int index, QuizQuestion question, IReadOnlyList<string> given, CancellationToken cancellationToken)
    {
        var now = services.Now;
        var item = session.Items[index];
        var right = question.IsRight(given);
        var card = services.Scheduler.Review(item.Card ?? MemoryCard.New(now), right ? RecallRating.Good : RecallRating.Again, now);
        session = session.With(index, item with { Given = given, Right = right, Card = card });
        dc.SetState(session);
        dc.AddSideEffect(SideEffectKinds.QuizAnswer, new QuizAnswerPayload(question.Id, question.Topic, question.Sources, right, session.Id, index + 1, session.Items.Count, now, card));

        // After a tap the verdict takes the question card's place; after a typed answer it is a message of its own.
        await dc.SendAsync(_cards.Verdict(session, index, question, dc.Language), cancellationToken).ConfigureAwait(false);
        var next = index + 1;
        if (next < session.Items.Count && Find(session.Items[next]) is { } following)
        {
            await dc.SendAsync(_cards.Question(session, next, following, dc.Language, refresh: false), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        var missed = session.Items.Where(i => i.Right == false).Select(Find).OfType<QuizQuestion>().ToList();
        var comeBack = session.Items.Where(i => i.Right == false && i.Card is not null).Select(i => (DateTimeOffset?)i.Card!.Due).Min();
        await dc.SendAsync(_cards.Done(session, missed, comeBack, dc.Language), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // The question as the quiz showed it; null when a reload removed it or changed its options, which the quiz can then
    // no longer show or grade honestly.
    private QuizQuestion? Find(QuizItem item) =>
        services.Quiz.Questions.FirstOrDefault(q => q.Id == item.QuestionId) is { } question
            && question.Options.Count == item.Shown.Count
            && item.Shown.All(id => question.Options.Any(o => o.Id == id))
                ? question
                : null;

    private static List<string> ShownTexts(QuizQuestion question, QuizItem item, ReplyLanguage language) =>
        [.. item.Shown.Select(id => question.Options.First(o => o.Id == id).Text.For(language))];

    private static List<string> Shuffled(QuizQuestion question, Random random)
    {
        var ids = question.Options.Select(o => o.Id).ToArray();
        random.Shuffle(ids);
        return [.. ids];
    }
}
