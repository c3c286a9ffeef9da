using BenchmarkDotNet.Attributes;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Benchmarks;

/// <summary>Start-up and hot reload: load and validate every playbook and the lexicon. Target: under 300 ms.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PlaybookLoadBenchmarks
{
    [Benchmark]
    public async Task<int> LoadAndValidatePlaybooks()
    {
        var result = await new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None);
        return result.Errors.Count;
    }

    [Benchmark]
    public object LoadLexicon() => Recogniser.Load(PlaybookLoader.DefaultDirectory);
}
