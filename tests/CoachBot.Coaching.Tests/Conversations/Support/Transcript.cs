using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>
/// A conversation test: user says / bot replies, run through <see cref="DialogRunner"/> with the state stored as
/// JSON between every turn, the way the host keeps it (adapted from the Dialogs tests' helper). Side effects are
/// collected per turn; steps run in order when <see cref="RunAsync"/> is awaited.
/// </summary>
internal sealed class Transcript
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Reply> _replies = new();
    private readonly List<SideEffect> _effects = [];
    private readonly DialogRunner _runner;
    private IncomingTurn _turn = new("conversation-1", "user-1") { AadObjectId = "aad-user-1" };
    private string _stateJson = DialogStateSerializer.Serialize(DialogState.Empty);

    private Transcript(DialogRunner runner) => _runner = runner;

    public static Transcript For(DialogRunner runner) => new(runner);

    public Transcript WithRoles(params string[] roles) => Then(() => _turn = _turn with { Roles = roles });

    public Transcript WithLocale(string? locale) => Then(() => _turn = _turn with { Locale = locale });

    public Transcript Send(string text) => Turn(t => t with { Text = text, Value = null });

    /// <summary>Presses a button: a card submit with the button's value, as Teams sends it.</summary>
    public Transcript Press(string value) => Turn(t => t with { Text = null, Value = JsonSerializer.SerializeToElement(new { choice = value }) });

    public Transcript AssertReply(Action<Reply> check) => Then(() =>
    {
        Assert.True(_replies.Count > 0, "Expected a reply, but the bot said nothing more.");
        check(_replies.Dequeue());
    });

    /// <summary>The next reply is a question offering (at least) buttons with these values.</summary>
    public Transcript AssertQuestion(params string[] values) => AssertReply(reply =>
    {
        Assert.Null(reply.Card);
        Assert.All(values, v => Assert.Contains(v, reply.Choices.Select(c => c.Value)));
    });

    public Transcript AssertExplanation(Action<CoachingExplanation> check) => Then(() =>
    {
        var state = DialogStateSerializer.Deserialize(_stateJson);
        Assert.NotNull(state.LastExplanation);
        check(DialogStateSerializer.FromElement<CoachingExplanation>(state.LastExplanation.Value)!);
    });

    public Transcript AssertState(Action<DialogState> check) => Then(() => check(DialogStateSerializer.Deserialize(_stateJson)));

    /// <summary>Exactly one side effect of <paramref name="kind"/> so far; checks its payload and forgets it.</summary>
    public Transcript AssertEffect(string kind, Action<JsonElement> check) => Then(() =>
    {
        var effect = Assert.Single(_effects, e => e.Kind == kind);
        _effects.Remove(effect);
        check(effect.Payload);
    });

    public Transcript AssertNoEffect(string kind) => Then(() => Assert.DoesNotContain(_effects, e => e.Kind == kind));

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        AssertNothingPending();
    }

    private Transcript Turn(Func<IncomingTurn, IncomingTurn> shape) => Then(async () =>
    {
        AssertNothingPending();
        var turn = shape(_turn);
        var state = DialogStateSerializer.Deserialize(_stateJson);
        var outcome = await _runner.RunTurnAsync(turn, state, CancellationToken.None);
        _stateJson = DialogStateSerializer.Serialize(outcome.State);

        // The stored form must read back to itself, or a restart between turns would lose something.
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
