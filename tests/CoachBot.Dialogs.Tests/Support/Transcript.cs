using System.Text.Json;

namespace CoachBot.Dialogs.Tests.Support;

/// <summary>
/// A conversation test: user says / bot replies, run through <see cref="DialogRunner"/> with the state stored
/// as JSON between every turn, the way the host keeps it. Steps run in order when <see cref="RunAsync"/> is awaited.
/// </summary>
internal sealed class Transcript
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Reply> _replies = new();
    private readonly List<SideEffect> _effects = [];
    private DialogRunner _runner;
    private IncomingTurn _turn = new("conversation-1", "user-1");
    private string _stateJson = DialogStateSerializer.Serialize(DialogState.Empty);

    private Transcript(DialogRunner runner) => _runner = runner;

    public static Transcript For(DialogRunner runner) => new(runner);

    public Transcript WithLocale(string? locale) => Then(() => _turn = _turn with { Locale = locale });

    public Transcript WithDetectedLanguage(string? tag) => Then(() => _turn = _turn with { DetectedLanguage = tag });

    public Transcript WithState(DialogState state) => Then(() => _stateJson = DialogStateSerializer.Serialize(state));

    /// <summary>From here on the turns go to <paramref name="runner"/>, as after a host restart: only the JSON state carries over.</summary>
    public Transcript RestartWith(DialogRunner runner) => Then(() => _runner = runner);

    public Transcript Send(string text) => Turn(t => t with { Text = text, Value = null }, welcome: false);

    public Transcript SendValue(string json) =>
        Turn(t => t with { Text = null, Value = JsonDocument.Parse(json).RootElement.Clone() }, welcome: false);

    public Transcript Welcome() => Turn(t => t with { Text = null, Value = null }, welcome: true);

    public Transcript AssertReply(string text) => AssertReply(reply => Assert.Equal(text, reply.Text));

    public Transcript AssertReply(string text, params string[] choiceTitles) => AssertReply(reply =>
    {
        Assert.Equal(text, reply.Text);
        Assert.Equal(choiceTitles, reply.Choices.Select(c => c.Title));
    });

    public Transcript AssertReply(Action<Reply> check) => Then(() =>
    {
        Assert.True(_replies.Count > 0, "Expected a reply, but the bot said nothing more.");
        check(_replies.Dequeue());
    });

    public Transcript AssertState(Action<DialogState> check) =>
        Then(() => check(DialogStateSerializer.Deserialize(_stateJson)));

    public Transcript AssertEffect(string kind, Action<JsonElement> check) => Then(() =>
    {
        var effect = Assert.Single(_effects, e => e.Kind == kind);
        check(effect.Payload);
    });

    public Transcript AssertNoEffects() => Then(() => Assert.Empty(_effects));

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        AssertNothingPending();
    }

    private Transcript Turn(Func<IncomingTurn, IncomingTurn> shape, bool welcome) => Then(async () =>
    {
        AssertNothingPending();
        var turn = shape(_turn);
        var state = DialogStateSerializer.Deserialize(_stateJson);
        var outcome = welcome
            ? await _runner.WelcomeAsync(turn, state, CancellationToken.None)
            : await _runner.RunTurnAsync(turn, state, CancellationToken.None);
        _stateJson = DialogStateSerializer.Serialize(outcome.State);

        // The stored form must read back to itself, or a restart would lose something.
        Assert.Equal(_stateJson, DialogStateSerializer.Serialize(DialogStateSerializer.Deserialize(_stateJson)));
        foreach (var reply in outcome.Replies)
        {
            _replies.Enqueue(reply);
        }

        _effects.AddRange(outcome.Effects);
    });

    private Transcript Then(Action action) => Then(() =>
    {
        action();
        return Task.CompletedTask;
    });

    private Transcript Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private void AssertNothingPending() =>
        Assert.True(_replies.Count == 0, $"Unchecked replies: {string.Join(" | ", _replies.Select(r => r.Text))}");
}
