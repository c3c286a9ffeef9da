using BenchmarkDotNet.Attributes;
using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Benchmarks;

/// <summary>
/// What LLM phrasing costs the bot itself, beside the LLM's own latency: a cached rephrase, and a full rephrase against
/// an LLM that answers at once (prompt, call, parse, guard, cache). The budget (800 ms) is the LLM's; these are the
/// bot's share of it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PhrasingBenchmarks
{
    private const string Headline = "A regular asks for a better price";
    private const string SayNow = "I can offer 10% off tonight's 120 rate, so 108 a night. Shall I book it?";

    private readonly FactGuard _guard = new(new FactGuardOptions());
    private LlmPhraser _phraser = null!;
    private int _fresh;

    [GlobalSetup]
    public void Setup()
    {
        var prompts = PromptLibrary.LoadAsync(Path.Combine(AppContext.BaseDirectory, "prompts"), CancellationToken.None).GetAwaiter().GetResult().Library
            ?? throw new InvalidOperationException("The prompts beside the benchmarks did not load.");
        _phraser = new LlmPhraser(new InstantLlm(), prompts, _guard, new PhraserOptions(), TimeProvider.System, NullLogger<LlmPhraser>.Instance);
        _phraser.PhraseAsync(Request(SayNow), CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _phraser.Dispose();

    [Benchmark]
    public Task<PhrasedText> CachedRephrase() => _phraser.PhraseAsync(Request(SayNow), CancellationToken.None);

    /// <summary>A line never seen before (so no cache), answered at once by the LLM.</summary>
    [Benchmark]
    public Task<PhrasedText> FreshRephrase() =>
        _phraser.PhraseAsync(Request($"{SayNow} Room {Interlocked.Increment(ref _fresh)}."), CancellationToken.None);

    private static PhraseRequest Request(string sayNow) =>
        new(PromptIds.RephraseStaff, ReplyLanguage.English, "calm, polite, plain English", Headline, sayNow, ["H-18", "H-07"], ["Minh", "Hoa"]);

    /// <summary>An LLM that answers at once with the rules' own words: the guard accepts, and all the time is the bot's.</summary>
    private sealed class InstantLlm : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, messages.Last().Text)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

/// <summary>The fact guard on a typical Say-now line and its rephrase, in each language.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FactGuardBenchmarks
{
    private static readonly (string Original, string Rephrased, ReplyLanguage Language)[] Lines =
    [
        ("I can offer 10% off tonight's 120 rate, so 108 a night. Shall I book it?", "Tonight I can take 10% off the 120 rate, so it's 108 a night. Shall I book that?", ReplyLanguage.English),
        ("Dạ, em giảm được 10% trên giá 120 đô, còn 108 đô một đêm ạ.", "Dạ, em xin giảm 10% trên giá 120 đô, tức 108 đô mỗi đêm ạ.", ReplyLanguage.Vietnamese),
        ("我可以给您打九折，120美元的房价，每晚108美元。", "今晚可以给您打九折：120美元的房价，每晚只要108美元。", ReplyLanguage.Chinese),
    ];

    private readonly FactGuard _guard = new(new FactGuardOptions());

    [Params("en", "vi", "zh")]
    public string Language { get; set; } = "en";

    [Benchmark]
    public GuardVerdict Check()
    {
        var (original, rephrased, language) = Lines.First(l => l.Language.Tag == Language);
        return _guard.Check(original, rephrased, language, ["Minh", "Hoa"]);
    }
}
