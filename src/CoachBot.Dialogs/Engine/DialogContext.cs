using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// One turn as dialogs see it: the incoming message, the resolved language, the stack, and what the turn
/// has produced so far (replies and side effects). Nothing is sent or stored until the host commits the outcome.
/// </summary>
public sealed class DialogContext
{
    // Deep enough for any real conversation, shallow enough to stop a dialog that begins itself forever.
    private const int MaxStackDepth = 32;

    private readonly DialogSet _dialogs;
    private readonly List<DialogFrame> _stack;
    private readonly List<Reply> _replies = [];
    private readonly List<SideEffect> _effects = [];
    private readonly DialogState _loaded;
    private ReplyLanguage? _messageLanguage;
    private ReplyLanguage? _chosenLanguage;
    private JsonElement? _lastExplanation;

    // The explanation as last read, so the turn parses it once; dropped whenever LastExplanation is replaced.
    private object? _readExplanation;

    internal DialogContext(DialogSet dialogs, IncomingTurn turn, DialogState state, TextCatalog texts)
    {
        _dialogs = dialogs;
        Texts = texts;
        _loaded = state;
        Turn = turn;
        (Language, _messageLanguage) = LanguageResolver.Resolve(turn, state);
        _chosenLanguage = ReplyLanguage.FromTag(state.Language);
        LastExplanation = state.LastExplanation;

        // A stack naming a dialog this build no longer has cannot be resumed safely: start afresh.
        _stack = state.Stack.All(i => dialogs.Find(i.DialogId) is not null)
            ? [.. state.Stack.Select(DialogFrame.From)]
            : [];
    }

    /// <summary>
    /// Answers this turn in the language of the conversation so far, not the one this message's words suggest, and
    /// does not remember the message's: for a free-text answer (a company's name, a short note) that says nothing
    /// about the language the user reads. A language the user chose still wins.
    /// </summary>
    public void KeepConversationLanguage() =>
        (Language, _messageLanguage) = LanguageResolver.Resolve(Turn with { Text = null, DetectedLanguage = null }, _loaded);

    /// <summary>
    /// Takes <paramref name="language"/> as the message's language where the app knows better than the detector (the
    /// message is a command phrase written in it: "ghi chu ve …" has no marks to tell); the reply is in it unless the
    /// user chose a language.
    /// </summary>
    public void SetMessageLanguage(ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);

        // Many Chinese phrases are written the same in both scripts ("考考我"): a phrase the catalog lists as simplified does
        // not move a writer of traditional characters, in this message or this conversation, to simplified.
        if (language == ReplyLanguage.Chinese
            && (Turn.DetectedLanguage == ReplyLanguage.TraditionalChinese.Tag || _loaded.MessageLanguage == ReplyLanguage.TraditionalChinese.Tag))
        {
            language = ReplyLanguage.TraditionalChinese;
        }

        _messageLanguage = language;
        Language = _chosenLanguage ?? language;
    }

    /// <summary>The incoming message.</summary>
    public IncomingTurn Turn { get; }

    /// <summary>The interface texts and command phrases.</summary>
    public TextCatalog Texts { get; }

    /// <summary>The language to answer in this turn.</summary>
    public ReplyLanguage Language { get; private set; }

    /// <summary>Whatever the app stored to answer "why" later; kept in state between turns.</summary>
    public JsonElement? LastExplanation
    {
        get => _lastExplanation;
        set
        {
            _lastExplanation = value;
            _readExplanation = null;
        }
    }

    /// <summary>The id of the active dialog, or null when the stack is empty.</summary>
    public string? ActiveDialogId => ActiveFrame?.DialogId;

    /// <summary>How many dialogs are on the stack.</summary>
    public int StackDepth => _stack.Count;

    /// <summary>The replies sent so far this turn.</summary>
    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The side effects added so far this turn.</summary>
    public IReadOnlyList<SideEffect> Effects => _effects;

    internal DialogFrame? ActiveFrame => _stack.Count == 0 ? null : _stack[^1];

    /// <summary>Queues <paramref name="reply"/> for the user.</summary>
    public Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        cancellationToken.ThrowIfCancellationRequested();
        _replies.Add(reply);
        return Task.CompletedTask;
    }

    /// <summary>Queues <paramref name="text"/>, in this turn's language, for the user.</summary>
    public Task SendAsync(LocalizedText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendAsync(Reply.Say(text.For(Language)), cancellationToken);
    }

    /// <summary>Queues the catalog's text <paramref name="id"/>, in this turn's language, for the user.</summary>
    public Task SendAsync(TextId id, CancellationToken cancellationToken) =>
        SendAsync(Reply.Say(Texts.For(id, Language)), cancellationToken);

    /// <summary>Adds something the host must do once the turn is committed.</summary>
    public void AddSideEffect(SideEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        _effects.Add(effect);
    }

    /// <summary>Adds a side effect of <paramref name="kind"/> with <paramref name="payload"/> serialised as JSON.</summary>
    public void AddSideEffect<T>(string kind, T payload) => AddSideEffect(SideEffect.Create(kind, payload));

    /// <summary>Stores the user's explicit language choice and answers in it from now on.</summary>
    public void ChooseLanguage(ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _chosenLanguage = language;
        Language = language;
    }

    /// <summary>Stores what to show when the user asks "why".</summary>
    public void SetExplanation<T>(T explanation) => LastExplanation = DialogStateSerializer.ToElement(explanation);

    /// <summary>
    /// The stored explanation as <typeparamref name="T"/>, or default. Read once per turn: a turn asks for it several
    /// times (the advice's memory, its sequence, the "why"), and each read would otherwise parse it again.
    /// </summary>
    public T? GetExplanation<T>()
    {
        if (_lastExplanation is not { } element)
        {
            return default;
        }

        if (_readExplanation is T read)
        {
            return read;
        }

        var value = DialogStateSerializer.FromElement<T>(element);
        _readExplanation = value;
        return value;
    }

    /// <summary>The typed state of the active dialog, or default.</summary>
    public T? GetState<T>() => RequireActive().State is { } e ? DialogStateSerializer.FromElement<T>(e) : default;

    /// <summary>Stores the typed state of the active dialog (set it before beginning a child).</summary>
    public void SetState<T>(T state) => RequireActive().State = DialogStateSerializer.ToElement(state);

    /// <summary>The options the active dialog was begun with, or default.</summary>
    public T? GetOptions<T>() => RequireActive().Options is { } e ? DialogStateSerializer.FromElement<T>(e) : default;

    /// <summary>Pushes dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">The dialog is not registered, or the stack is too deep.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dialog = _dialogs.Find(dialogId)
            ?? throw new InvalidOperationException($"No dialog is registered with id '{dialogId}'.");
        if (_stack.Count >= MaxStackDepth)
        {
            throw new InvalidOperationException($"The dialog stack is deeper than {MaxStackDepth}; '{dialogId}' was not begun.");
        }

        _stack.Add(new DialogFrame(dialogId) { Options = options is null ? null : DialogStateSerializer.ToElement(options) });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt dialog with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the message to the active dialog.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ActiveFrame is null
            ? DialogTurnResult.Empty
            : await ActiveDialog().ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog with <paramref name="result"/> and resumes its parent.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (ActiveFrame is null)
        {
            return DialogTurnResult.Complete(result);
        }

        var ended = await PopAsync(DialogEndReason.Completed, cancellationToken).ConfigureAwait(false);
        if (ActiveFrame is null)
        {
            return DialogTurnResult.Complete(result);
        }

        if (ended.IsInterruption)
        {
            await ActiveDialog().RepromptDialogAsync(this, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        return await ActiveDialog().ResumeDialogAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack, the active one first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (ActiveFrame is null)
        {
            return DialogTurnResult.Empty;
        }

        while (ActiveFrame is not null)
        {
            await PopAsync(DialogEndReason.Cancelled, cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.Cancelled;
    }

    /// <summary>Ends the active dialog without resuming its parent, and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (ActiveFrame is not null)
        {
            await PopAsync(DialogEndReason.Replaced, cancellationToken).ConfigureAwait(false);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveFrame is not null)
        {
            await ActiveDialog().RepromptDialogAsync(this, cancellationToken).ConfigureAwait(false);
        }
    }

    internal TurnOutcome ToOutcome()
    {
        var state = _loaded with
        {
            Stack = [.. _stack.Select(f => f.ToInstance())],
            Language = _chosenLanguage?.Tag,
            MessageLanguage = _messageLanguage?.Tag,
            LastExplanation = LastExplanation,
        };
        return new TurnOutcome([.. _replies], state, [.. _effects]);
    }

    internal DialogFrame RequireActive() =>
        ActiveFrame ?? throw new InvalidOperationException("No dialog is active.");

    private Dialog ActiveDialog() => _dialogs.Find(RequireActive().DialogId)!;

    private async Task<Dialog> PopAsync(DialogEndReason reason, CancellationToken cancellationToken)
    {
        var dialog = ActiveDialog();
        await dialog.EndDialogAsync(this, reason, cancellationToken).ConfigureAwait(false);
        _stack.RemoveAt(_stack.Count - 1);
        return dialog;
    }
}
