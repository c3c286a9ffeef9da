using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Reads one message and answers it. A press on an advice card's button comes first, whatever is open; then
/// "forget my data" and "my notes"; then a typed answer to the card's open refinement or typed figures; then the message is
/// recognised once and a situation gets advice (the recogniser's other guesses become "Not this?" buttons).
/// </summary>
internal sealed class CoachRouter
{
    private const double OneKeyword = 1;

    private readonly CoachingServices _services;
    private readonly AdviceActionHandler _actions;
    private readonly Advisor _advisor;
    private readonly AdviceUpdater _updater;
    private readonly Explainer _explainer;
    private readonly NotesLister _notes;
    private readonly TrainingRouter _training;

    public CoachRouter(CoachingServices services)
    {
        _services = services;
        _actions = new AdviceActionHandler(services);
        _advisor = new Advisor(services);
        _updater = new AdviceUpdater(services, _advisor);
        _explainer = new Explainer(services);
        _notes = new NotesLister(services);
        _training = new TrainingRouter(services);
    }

    /// <summary>Answers the turn; a result when it began another dialog in place of the root (the after-call note).</summary>
    public async Task<DialogTurnResult?> RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await TryButtonAsync(dc, cancellationToken).ConfigureAwait(false) is { } pressed)
        {
            return pressed.Began;
        }

        if (QuizPress.Read(dc.Turn) is not null)
        {
            // A letter on the card of a quiz that has ended (finished, stopped, or replaced by a new one).
            await dc.SendAsync(QuizTexts.Over, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var text = dc.Turn.Text ?? ChoiceRecognizer.SubmittedChoice(dc.Turn.Value);
        if (string.IsNullOrWhiteSpace(text))
        {
            await dc.SendAsync(CoachTexts.Help, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (await _training.TryCommandAsync(dc, text, cancellationToken).ConfigureAwait(false) is { } training)
        {
            return training.Began;
        }

        if (ForgetCommand.Matches(_services.Texts, text))
        {
            await ForgetAsync(dc, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (NotesCommand.Read(_services.Texts, text) is { } notes)
        {
            await _notes.ListAsync(dc, notes, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (await _updater.TryTypedAnswerAsync(dc, text, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var recognition = _services.Recogniser.Recognise(text, dc.Turn.Locale, _services.ConfiguredRoleOf(dc.Turn));
        if (await _updater.TryTypedFiguresAsync(dc, recognition, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (recognition.Intent == "quiz")
        {
            // A request to practise that names a case ("can you play the guest who lost his bag?") is a role-play; else a quiz.
            return await _training.StartPractiseAsync(dc, text, cancellationToken).ConfigureAwait(false);
        }

        await AdviseAsync(dc, recognition, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// While another dialog waits for an answer (the after-call note): an advice button, "forget my data" or a new
    /// situation is handled here and ends what is open, "my notes" is answered and leaves it open; true when the turn was handled.
    /// </summary>
    public async Task<bool> TryInterruptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await TryButtonAsync(dc, cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        if (QuizButtons.NewQuizPressed(dc.Turn) is not null || QuizButtons.ScoresPressed(dc.Turn) || RolePlayButtons.Pressed(dc.Turn) is not null)
        {
            await _training.TryCommandAsync(dc, string.Empty, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var text = dc.Turn.Text;
        if (string.IsNullOrWhiteSpace(text) || OpenQuestion.Accepts(dc, text) || _training.AnswersQuiz(dc, text))
        {
            return false;
        }

        if (await _training.TryCommandAsync(dc, text, cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        if (ForgetCommand.Matches(_services.Texts, text))
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await ForgetAsync(dc, cancellationToken).ConfigureAwait(false);
            return true;
        }

        // "My notes" while a button question is open: the notes are shown and the question stays open for its answer.
        // Not while the rep types a note or a name, which may well begin "notes on …".
        if (!OpenQuestion.TakesText(dc) && NotesCommand.Read(_services.Texts, text) is { } notes)
        {
            await _notes.ListAsync(dc, notes, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var recognition = _services.Recogniser.Recognise(text, dc.Turn.Locale, _services.ConfiguredRoleOf(dc.Turn));
        if (!OpenQuestion.IsInterruptedBy(dc, recognition))
        {
            if (OpenQuestion.TakesText(dc))
            {
                // A prospect's name ("Minh Phat Trading") or a note in another language must not switch the conversation's.
                dc.KeepConversationLanguage();
            }

            return false;
        }

        // The advice comes first (there is a guest); a quiz it ends says so after it, with how far it got.
        var stopped = _training.QuizStoppedNote(dc);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await AdviseAsync(dc, recognition, cancellationToken).ConfigureAwait(false);
        if (stopped is not null)
        {
            await dc.SendAsync(stopped, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<ButtonPress?> TryButtonAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (Refinement.Read(dc.Turn) is { } refinement)
        {
            await _updater.RefineAsync(dc, refinement, cancellationToken).ConfigureAwait(false);
            return ButtonPress.Done;
        }

        if (AdviceButtons.WhyPressed(dc.Turn) is { } why)
        {
            // "Why?" explains the advice of the card it is on; on an older card, that advice is gone.
            var current = dc.GetExplanation<CoachingExplanation>()?.Memory?.Sequence == why;
            await (current ? _explainer.ExplainAsync(dc, cancellationToken) : dc.SendAsync(AdviceTexts.CardExpired, cancellationToken)).ConfigureAwait(false);
            return ButtonPress.Done;
        }

        if (FiguresSubmit.Read(dc.Turn) is { } figures)
        {
            await _updater.SubmitFiguresAsync(dc, figures, cancellationToken).ConfigureAwait(false);
            return ButtonPress.Done;
        }

        switch (AdviceButtons.Read(dc.Texts, dc.Turn))
        {
            case AdviceAction.Escalate:
                await _actions.EscalateAsync(dc, cancellationToken).ConfigureAwait(false);
                return ButtonPress.Done;
            case AdviceAction.Helpful or AdviceAction.NotHelpful:
                await AdviceActionHandler.FeedbackAsync(dc, AdviceButtons.Read(dc.Texts, dc.Turn) == AdviceAction.Helpful, cancellationToken).ConfigureAwait(false);
                return ButtonPress.Done;
            case AdviceAction.AfterCall:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return new ButtonPress(await dc.BeginDialogAsync(CallNoteDialog.DialogId, null, cancellationToken).ConfigureAwait(false));
            default:
                return null;
        }
    }

    private async Task AdviseAsync(DialogContext dc, Recognition.Recognition recognition, CancellationToken cancellationToken)
    {
        var facts = recognition.Facts;
        var alternatives = recognition.Clarification?.Choices.Select(c => c.Intent).ToList() ?? [];
        var guessed = false;
        var intent = recognition.Intent;
        if (intent == "unknown" && recognition.Confidence > 0 && alternatives.Count > 0 && Advisor.Domain(alternatives[0]) is not null)
        {
            // Unsure between situations it has some evidence for: advise on the likeliest, and offer the others on the card.
            // Less evidence than one ordinary keyword (only "the guest", say) is a guess, and the card says so; a trap
            // question is answered whatever the situation.
            intent = alternatives[0];
            facts.Set("intent", intent);
            guessed = recognition.Scores.GetValueOrDefault(intent) < OneKeyword && !facts.TryGet("trap_question", out _);
        }
        else if (intent == "unknown" && recognition.Clarification is { } unsure && !HasEmergency(recognition)
            && IsSituation(dc.Turn.Text ?? string.Empty) && (recognition.Guess ?? RoleGuess(_services.RoleOf(dc.Turn))) is { } likeliest)
        {
            // A situation the words do not reveal: advice for the situation of the nearest examples the user's role
            // brings, or else for what that role most often needs, said to be a guess, with the other situations as
            // "Not this?" buttons.
            intent = likeliest;
            facts.Set("intent", intent);
            alternatives = [.. unsure.Choices.Select(c => c.Intent)];
            guessed = true;
        }
        else if (intent == "unknown" && recognition.Clarification is { } menu && !HasEmergency(recognition))
        {
            // Nothing to go on: the situations the bot coaches on, as buttons that send their title like a typed message.
            await dc.SendAsync(Reply.Ask(menu.Question, [.. menu.Choices.Select(c => new Choice(c.Label, c.Label))]), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ForRole(intent, facts, _services.RoleOf(dc.Turn)) is var asked && asked != intent)
        {
            intent = asked;
            facts.Set("intent", intent);
        }

        var memory = new AdviceMemory(
            _advisor.NextSequence(dc),
            intent,
            FactSnapshot.From(facts),
            intent == "discount_request" ? DiscountTerms.From(recognition.Amounts) : DiscountTerms.None,
            [],
            [.. alternatives.Where(a => a != intent && Advisor.Domain(a) is not null)]) { Guessed = guessed };
        if (await _advisor.AdviseAsync(dc, memory, refresh: false, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var reply = intent switch
        {
            "greeting" => CoachTexts.Welcome,
            _ when Advisor.Domain(intent) is null => CoachTexts.Help,
            _ => CoachTexts.NoAdvice,
        };
        await dc.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    // Who asks decides between two readings of the same words: a rep's client comparing prices ("the hotel across
    // the street is 20% cheaper") is a price objection, not a guest bargaining at the desk; a supervisor asking
    // about the team's discounting, rewards or training is a manager question, not the desk's script.
    private static string ForRole(string intent, FactSet facts, StaffRole role) => role switch
    {
        StaffRole.Sales when intent == "discount_request" && facts.TryGet("objection_type", out _) => "objection",
        StaffRole.Supervisor or StaffRole.DutyManager
            when intent is "discount_request" or "lost_account" or "complaint" && facts.TryGet("manager_topic", out _) && !HasEmergency(facts) => "manager_question",
        _ => intent,
    };

    private static bool HasEmergency(FactSet facts) => facts.TryGet("emergency", out var emergency) && emergency.Symbol is not (null or "none");

    // What someone in the role most often brings when the words say nothing the recogniser knows; none for a role
    // whose needs are too varied to guess (sales reps, trainers).
    private static string? RoleGuess(StaffRole role) => role switch
    {
        StaffRole.FrontDesk => "complaint",
        StaffRole.Supervisor or StaffRole.DutyManager => "manager_question",
        _ => null,
    };

    // A described situation, not a stray word: at least four words, or eight Han characters.
    private static bool IsSituation(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 4
        || text.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 8;

    private static bool HasEmergency(Recognition.Recognition recognition) => HasEmergency(recognition.Facts);

    private static Task ForgetAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.AddSideEffect(SideEffectKinds.ForgetUser, new ForgetUserPayload(dc.Turn.UserId, dc.Turn.AadObjectId, dc.Turn.ConversationId));
        dc.LastExplanation = null;
        return dc.SendAsync(CoachTexts.Forgotten, cancellationToken);
    }

    private sealed record ButtonPress(DialogTurnResult? Began)
    {
        public static ButtonPress Done { get; } = new((DialogTurnResult?)null);
    }
}
