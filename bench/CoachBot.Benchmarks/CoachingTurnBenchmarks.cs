using BenchmarkDotNet.Attributes;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Dialogs;

namespace CoachBot.Benchmarks;

/// <summary>
/// One coaching turn without HTTP: the dialog runner on a lost-bag complaint from an empty conversation (recognise,
/// rules, the advice card, the explanation), a typed follow-up to it, and the state written and read back as the host
/// stores it. Set beside
/// the load bench's CPU per turn, it shows how much of a turn is coaching and how much is the host around it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CoachingTurnBenchmarks
{
    private const string Complaint = "The guest is shouting at the desk, her bag is lost and she wants money back";

    private DialogRunner _runner = null!;
    private Recogniser _recogniser = null!;
    private string _stateAfterComplaint = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var loaded = new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None).GetAwaiter().GetResult();
        var policy = PolicyLoader.LoadOrThrowAsync(PolicyLoader.SampleFile, CancellationToken.None).GetAwaiter().GetResult();
        var texts = TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingBot.TextKeys, CancellationToken.None).GetAwaiter().GetResult().OrThrow();
        _recogniser = Recogniser.LoadDefault();
        _runner = CoachingBot.CreateRunner(
            new RulesEngine(loaded.Knowledge ?? throw new InvalidOperationException("The playbooks do not load.")),
            _recogniser, policy, texts, new CoachingOptions { CallNotes = NoCallNotes.Instance, Training = NoTrainingRecords.Instance });
        _stateAfterComplaint = DialogStateSerializer.Serialize(RunComplaintAsync().GetAwaiter().GetResult().State);
    }

    [Benchmark]
    public async Task<int> ComplaintTurn()
    {
        var outcome = await RunComplaintAsync();
        return DialogStateSerializer.Serialize(outcome.State).Length;
    }

    /// <summary>A typed follow-up to that advice: the state read back, the advice's memory consulted, the card redone.</summary>
    [Benchmark]
    public async Task<int> FollowUpTurn()
    {
        var turn = CoachingBot.WithDetectedLanguage(new IncomingTurn("conversation-1", "user-1") { Text = "she is a regular guest" }, _recogniser);
        var outcome = await _runner.RunTurnAsync(turn, DialogStateSerializer.Deserialize(_stateAfterComplaint), CancellationToken.None);
        return DialogStateSerializer.Serialize(outcome.State).Length;
    }

    [Benchmark]
    public int StateReadAndWrite() =>
        DialogStateSerializer.Serialize(DialogStateSerializer.Deserialize(_stateAfterComplaint)).Length;

    private Task<TurnOutcome> RunComplaintAsync()
    {
        var turn = CoachingBot.WithDetectedLanguage(new IncomingTurn("conversation-1", "user-1") { Text = Complaint }, _recogniser);
        return _runner.RunTurnAsync(turn, DialogState.Empty, CancellationToken.None);
    }
}
