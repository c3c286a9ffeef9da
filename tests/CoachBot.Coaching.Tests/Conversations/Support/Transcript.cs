using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Recognition;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>
/// A conversation test: user says / bot replies, run through <see cref="DialogRunner"/> with the state stored as
/// JSON between every turn, the way the host keeps it (adapted from the Dialogs tests' helper). Side effects are
/// collected per turn; steps run in order when <see cref="RunAsync"/> is awaited. Every advice card the bot sends
/// is checked against the first-screen rule (<see cref="FirstScreen"/>), and buttons are pressed from the cards
/// the bot really sent (the last one, or one kept by name), so a test never invents a card's sequence number.
/// </summary>
internal sealed class Transcript
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Reply> _replies = new();
    private readonly List<SideEffect> _effects = [];
    // The host tags each message's language before the runner sees it (Vietnamese typed without marks, traditional
    // Chinese); the transcript does the same with the shipped recogniser, which is immutable and safe to share.
    private static readonly Lazy<Recogniser> Detector = new(() => Recogniser.LoadDefault());

    private readonly Dictionary<string, Reply> _kept = [];
    private readonly DialogRunner _runner;
    private Reply? _lastCard;
    private IncomingTurn _turn = new("conversation-1", "user-1") { AadObjectId = "aad-user-1" };
    private string _stateJson = DialogStateSerializer.Serialize(DialogState.Empty);

    private Transcript(DialogRunner runner) => _runner = runner;

    public static Transcript For(DialogRunner runner) => new(runner);

    public Transcript WithRoles(params string[] roles) => Then(() => _turn = _turn with { Roles = roles });

    public Transcript WithLocale(string? locale) => Then(() => _turn = _turn with { Locale = locale });

    public Transcript InChannel() => Then(() => _turn = _turn with { ConversationType = ConversationTypes.Channel });

    public Transcript Send(string text) => Turn(t => CoachingBot.WithDetectedLanguage(t with { Text = text, Value = null, DetectedLanguage = null }, Detector.Value));

    /// <summary>Presses a button: a card submit with the button's value, as Teams sends it.</summary>
    public Transcript Press(string value) => Turn(t => t with { Text = null, Value = JsonSerializer.SerializeToElement(new { choice = value }) });

    /// <summary>Presses the first button of the card kept as <paramref name="card"/> (null: the last card) that <paramref name="pick"/> picks.</summary>
    public Transcript PressOn(string? card, Func<Choice, bool> pick) => PressOnCard(card, pick);

    /// <summary>Presses the escalation button of the last card (its value names the advice and whom it calls).</summary>
    public Transcript PressEscalation() => PressEscalationOn(null);

    /// <summary>Presses the escalation button of the card kept as <paramref name="card"/> (perhaps an older one).</summary>
    public Transcript PressEscalationOn(string? card) => PressOnCard(card, c => c.Value.StartsWith(Advice.Escalate + ":", StringComparison.Ordinal));

    /// <summary>Presses the button of the last card whose value sets <paramref name="fact"/> to <paramref name="value"/> (a refinement).</summary>
    public Transcript Refine(string fact, string value) => PressOnCard(null, RefinementValue(fact, value));

    /// <summary>Presses a refinement of the card kept as <paramref name="card"/> (perhaps an older one).</summary>
    public Transcript RefineOn(string card, string fact, string value) => PressOnCard(card, RefinementValue(fact, value));

    /// <summary>Keeps the last card the bot sent under <paramref name="name"/>, to press its buttons later.</summary>
    public Transcript KeepCard(string name) => Then(() => _kept[name] = _lastCard ?? throw new InvalidOperationException("No card yet."));

    /// <summary>Fills in and submits the figures form of the last card (or of the card kept as <paramref name="card"/>).</summary>
    public Transcript SubmitFigures(string? rate, string? given, string? ask, string? card = null) => Turn(t =>
    {
        var form = Card(card).Card!.Form ?? throw new InvalidOperationException("The card has no form.");
        var value = new Dictionary<string, string?> { ["choice"] = form.Submit.Value, ["rate"] = rate, ["given"] = given, ["ask"] = ask };
        return t with { Text = null, Value = JsonSerializer.SerializeToElement(value) };
    });

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

    /// <summary>The next reply asks which prospect the call was with (typed, no buttons), and the user types <paramref name="prospect"/>.</summary>
    public Transcript NamesProspect(string prospect) => AssertReply(reply =>
    {
        Assert.Null(reply.Card);
        Assert.Empty(reply.Choices);
    }).Send(prospect);

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
            if (reply.Card is not null && (reply.Card.More is not null || reply.Card.Lines.Count > 0))
            {
                // Advice (a card with a first screen and More); the "why?" card is opened on purpose and shows all.
                FirstScreen.Check(reply);
                _lastCard = reply;
            }

            _replies.Enqueue(reply);
        }

        _effects.AddRange(outcome.Effects);
    });

    private Transcript PressOnCard(string? card, Func<Choice, bool> pick) => Turn(t =>
    {
        var reply = Card(card);
        var choice = reply.Choices.FirstOrDefault(pick);
        Assert.True(choice is not null, $"No such button on the card: {string.Join(", ", reply.Choices.Select(c => c.Value))}");
        return t with { Text = null, Value = JsonSerializer.SerializeToElement(new { choice = choice.Value }) };
    });

    private Reply Card(string? name) =>
        name is null ? _lastCard ?? throw new InvalidOperationException("No card yet.") : _kept[name];

    private static Func<Choice, bool> RefinementValue(string fact, string value) =>
        c => c.Value.StartsWith(Advice.RefinePrefix, StringComparison.Ordinal) && c.Value.EndsWith($":{fact}={value}", StringComparison.Ordinal);

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
