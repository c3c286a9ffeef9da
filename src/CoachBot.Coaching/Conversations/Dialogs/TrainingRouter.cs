using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// The trainee's side of the coaching bot, for <see cref="CoachRouter"/>: "my scores", reminders on or off, "practise …"
/// (a role-play), "quiz me [on …]" and their buttons; whether a message answers the open quiz; and what a quiz a new
/// situation ends says about itself. Quizzes, scores, role-plays and reminders are only in the 1:1 chat.
/// </summary>
internal sealed class TrainingRouter(CoachingServices services)
{
    private readonly ScoresLister _scores = new(services);
    private readonly QuizDialog _quiz = new(services);

    /// <summary>
    /// The scores and reminders leave whatever is open as it is; a new role-play or quiz ends it. Null when the message
    /// (or press) is none of these.
    /// </summary>
    public async Task<TrainingTurn?> TryCommandAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var phrase = services.Texts.Recognize(text);
        if (QuizButtons.ScoresPressed(dc.Turn) || phrase?.Command == TrainingCommands.MyScores)
        {
            if (phrase is not null)
            {
                dc.SetMessageLanguage(phrase.Language);
            }

            await _scores.ListAsync(dc, cancellationToken).ConfigureAwait(false);
            return TrainingTurn.Done;
        }

        if (phrase is not null && (phrase.Command == TrainingCommands.RemindMe || phrase.Command == TrainingCommands.StopReminders))
        {
            dc.SetMessageLanguage(phrase.Language);
            await SetRemindersAsync(dc, phrase.Command == TrainingCommands.RemindMe, cancellationToken).ConfigureAwait(false);
            return TrainingTurn.Done;
        }

        if (RolePlayButtons.Pressed(dc.Turn) is { } scenario)
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return new TrainingTurn(await StartRolePlayAsync(dc, scenario.Length == 0 ? null : scenario, cancellationToken).ConfigureAwait(false));
        }

        if (services.Texts.RecognizeWithArgument(TrainingCommands.Practise, text) is { } practise)
        {
            // "practise the lost bag" plays the case; "practise complaints" names no case but a quiz topic; "practise" alone lists the cases.
            dc.SetMessageLanguage(practise.Language);
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            var named = practise.Argument is { } argument ? services.RolePlays.Find(argument) : null;
            return named is null && practise.Argument is { } words && QuizRequest.FindTopic(services.Texts, words) is { } quizTopic
                ? new TrainingTurn(await StartQuizAsync(dc, new QuizRequest(quizTopic, null, false), cancellationToken).ConfigureAwait(false))
                : new TrainingTurn(await StartRolePlayAsync(dc, named?.Id, cancellationToken).ConfigureAwait(false));
        }

        QuizRequest? request = null;
        if (QuizButtons.NewQuizPressed(dc.Turn) is { } topic)
        {
            request = new QuizRequest(topic.Length == 0 ? null : topic, null, false);
        }
        else if (QuizRequest.FromCommand(services.Texts, text) is { } command)
        {
            dc.SetMessageLanguage(command.Language);
            request = command.Request;
        }

        if (request is null)
        {
            return null;
        }

        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new TrainingTurn(await StartQuizAsync(dc, request, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// A message the recogniser read as a request to practise: a role-play when it asks to play and names a case ("can you
    /// play the guest who lost his bag?"), else a quiz on the topic it names.
    /// </summary>
    public Task<DialogTurnResult?> StartPractiseAsync(DialogContext dc, string text, CancellationToken cancellationToken) =>
        QuizRequest.AsksToPlay(services.Texts, text) && services.RolePlays.Find(text) is { } scenario
            ? StartRolePlayAsync(dc, scenario.Id, cancellationToken)
            : StartQuizAsync(dc, QuizRequest.FromMessage(services.Texts, text), cancellationToken);

    /// <summary>Whether a quiz is open and <paramref name="text"/> answers its question.</summary>
    public bool AnswersQuiz(DialogContext dc, string text) => dc.ActiveDialogId == QuizDialog.DialogId && _quiz.Accepts(dc, text);

    /// <inheritdoc cref="QuizDialog.StoppedNote"/>
    public Reply? QuizStoppedNote(DialogContext dc) => _quiz.StoppedNote(dc);

    // Reminders come into the trainee's 1:1 chat, whatever the chat they were asked for in.
    private async Task SetRemindersAsync(DialogContext dc, bool on, CancellationToken cancellationToken)
    {
        if (dc.Turn.ConversationType != ConversationTypes.Personal)
        {
            await dc.SendAsync(QuizTexts.PersonalOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        dc.AddSideEffect(SideEffectKinds.QuizReminders, new QuizRemindersPayload(on, dc.Language.Tag));
        var (start, end) = services.Options.ReminderHours;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var reply = on
            ? services.Texts.Format(QuizTexts.RemindersOn, dc.Language, start.ToString("HH:mm", invariant), end.ToString("HH:mm", invariant))
            : services.Texts.For(QuizTexts.RemindersOff, dc.Language);
        await dc.SendAsync(Reply.Say(reply), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult?> StartRolePlayAsync(DialogContext dc, string? scenarioId, CancellationToken cancellationToken)
    {
        if (dc.Turn.ConversationType != ConversationTypes.Personal)
        {
            await dc.SendAsync(RolePlayTexts.PersonalOnly, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return await dc.BeginDialogAsync(RolePlayDialog.DialogId, scenarioId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult?> StartQuizAsync(DialogContext dc, QuizRequest request, CancellationToken cancellationToken)
    {
        if (dc.Turn.ConversationType != ConversationTypes.Personal)
        {
            await dc.SendAsync(QuizTexts.PersonalOnly, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (request.UnknownTopic)
        {
            await _quiz.SendTopicsAsync(dc, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return await dc.BeginDialogAsync(QuizDialog.DialogId, request, cancellationToken).ConfigureAwait(false);
    }
}
