using BenchmarkDotNet.Attributes;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Benchmarks;

/// <summary>
/// The hot path of a coaching turn: recognise one utterance, then evaluate the rules on its facts.
/// Target: median under 50 µs per utterance.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecogniseAndEvaluateBenchmarks
{
    private Recogniser _recogniser = null!;
    private RulesEngine _engine = null!;

    [Params(
        "The guest is shouting at the desk, her bag is lost and she wants money back",
        "khach quen doi giam them 5 do trong mua cao diem, da giam 10% roi",
        "客人很生气，说叫醒服务没打电话，要求赔偿")]
    public string Utterance { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var directory = PlaybookLoader.DefaultDirectory;
        _recogniser = Recogniser.Load(directory);
        var loaded = new PlaybookLoader().LoadAsync(directory, CancellationToken.None).GetAwaiter().GetResult();
        _engine = new RulesEngine(loaded.Knowledge ?? throw new InvalidOperationException("The playbooks do not load."));
    }

    [Benchmark]
    public int RecogniseAndEvaluate()
    {
        var recognition = _recogniser.Recognise(Utterance);
        return _engine.Evaluate(recognition.Facts).Fired.Count;
    }
}
