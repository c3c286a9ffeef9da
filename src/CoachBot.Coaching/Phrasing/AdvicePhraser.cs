using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// Asks an LLM (any <see cref="IChatClient"/>: Azure OpenAI when configured) to rephrase an advice card's headline and
/// Say-now line, and keeps the answer only if the <see cref="FactGuard"/> passes both; otherwise, or when the answer is
/// not back within the budget, the service fails, or its circuit is open, the rules' own words go out. Answers are
/// cached by prompt version, language, rules and texts. Counts outcomes, rejections by reason and tokens.
/// </summary>
public sealed partial class AdvicePhraser : IDisposable
{
    public const string MeterName = "CoachBot.Phrasing";

    private readonly IChatClient _chat;
    private readonly PromptLibrary _prompts;
    private readonly FactGuard _guard;
    private readonly PhraserOptions _options;
    private readonly ILogger<AdvicePhraser> _logger;
    private readonly MemoryCache _cache;
    private readonly ResiliencePipeline _pipeline;
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _tokens;

    public AdvicePhraser(IChatClient chat, PromptLibrary prompts, FactGuard guard, PhraserOptions options, TimeProvider timeProvider, ILogger<AdvicePhraser> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chat = chat;
        _prompts = prompts;
        _guard = guard;
        _options = options;
        _logger = logger;

        // A cache of its own, bounded by entries, so phrased answers never crowd out anything else.
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheEntries, Clock = new TimeProviderClock(timeProvider) });
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.CircuitFailures,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            })
            .AddTimeout(options.Budget)
            .Build();
        _outcomes = _meter.CreateCounter<long>("coachbot.phrasing.outcomes", description: "Phrasing requests by outcome");
        _rejections = _meter.CreateCounter<long>("coachbot.phrasing.rejections", description: "LLM answers the fact guard discarded, by reason");
        _tokens = _meter.CreateCounter<long>("coachbot.phrasing.tokens", description: "Tokens the LLM used, by direction");
    }

    public async Task<PhrasedText> PhraseAsync(PhraseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PromptId is not (PromptIds.RephraseStaff or PromptIds.RephraseSales))
        {
            // The other prompts send more than the rules' words (a trainee's answer) and have no guard of their own yet.
            throw new ArgumentException($"The advice phraser rephrases advice only, not '{request.PromptId}'.", nameof(request));
        }

        var template = _prompts[request.PromptId];
        var key = Key(template.Id, template.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Language.Tag, request.Register,
            Key([.. request.RuleIds]), Key([.. request.RosterNames]), request.Headline, request.SayNow);
        if (_cache.TryGetValue(key, out PhrasedText? cached) && cached is not null)
        {
            return Count(cached with { Outcome = PhraseOutcome.Cached });
        }

        var rules = new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.Failed);
        ChatResponse response;
        try
        {
            var prompt = template.Render(new Dictionary<string, string>
            {
                ["language"] = LanguageName(request.Language),
                ["register"] = request.Register,
                ["headline"] = request.Headline,
                ["say_now"] = request.SayNow,
                ["keep"] = Keep(request),
            });
            response = await _pipeline.ExecuteAsync(
                async token => await _chat.GetResponseAsync([new ChatMessage(ChatRole.System, prompt.System), new ChatMessage(ChatRole.User, prompt.User)], cancellationToken: token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            return Count(rules with { Outcome = PhraseOutcome.TimedOut });
        }
        catch (BrokenCircuitException)
        {
            return Count(rules with { Outcome = PhraseOutcome.CircuitOpen });
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, ex.GetType().Name, request.PromptId);
            return Count(rules);
        }

        CountTokens(response.Usage);
        var (headline, sayNow) = Read(response.Text);
        var verdict = _guard.Check(request.Headline, headline, request.Language, request.RosterNames) is { IsAccepted: false } refused
            ? refused
            : _guard.Check(request.SayNow, sayNow, request.Language, request.RosterNames);
        if (!verdict.IsAccepted)
        {
            _rejections.Add(1, new KeyValuePair<string, object?>("reason", verdict.Reason.ToString()));
            LogRejected(_logger, request.PromptId, verdict.Reason);
            return Count(rules with { Outcome = PhraseOutcome.Rejected, Rejected = verdict.Reason });
        }

        var phrased = new PhrasedText(headline, sayNow, PhraseOutcome.Phrased);
        _cache.Set(key, phrased, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.CacheFor });
        return Count(phrased);
    }

    /// <summary>The parts, each prefixed with its length, so no two different lists of parts give the same key.</summary>
    private static string Key(params string[] parts) =>
        string.Concat(parts.Select(p => $"{p.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{p}"));

    public void Dispose()
    {
        _cache.Dispose();
        _meter.Dispose();
    }

    /// <summary>The two lines the prompts ask for ("HEADLINE: …", "SAY: …"); anything else leaves a part empty, which the guard refuses.</summary>
    private static (string Headline, string SayNow) Read(string text)
    {
        string headline = string.Empty, sayNow = string.Empty;
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("HEADLINE:", StringComparison.OrdinalIgnoreCase))
            {
                headline = line["HEADLINE:".Length..].Trim();
            }
            else if (line.StartsWith("SAY:", StringComparison.OrdinalIgnoreCase))
            {
                sayNow = line["SAY:".Length..].Trim();
            }
        }

        return (headline, sayNow);
    }

    /// <summary>The facts the LLM is told to keep: the figures and ids of the two texts, and the roster names they use.</summary>
    private static string Keep(PhraseRequest request)
    {
        var both = request.Headline + "\n" + request.SayNow;
        var facts = FactSheet.Of(both);
        var names = request.RosterNames.Where(n => both.Contains(n, StringComparison.Ordinal));
        var kept = facts.Written.Concat(facts.Sources).Concat(names).Distinct(StringComparer.Ordinal).ToList();
        return kept.Count == 0 ? "(no figures)" : string.Join(", ", kept);
    }

    private static string LanguageName(Dialogs.ReplyLanguage language) => language.Tag switch
    {
        "vi" => "Vietnamese",
        "zh" => "Simplified Chinese",
        "zh-Hant" => "Traditional Chinese (Taiwan usage)",
        _ => "English",
    };

    private PhrasedText Count(PhrasedText text)
    {
        _outcomes.Add(1, new KeyValuePair<string, object?>("outcome", text.Outcome.ToString()));
        return text;
    }

    private void CountTokens(UsageDetails? usage)
    {
        if (usage?.InputTokenCount is long input)
        {
            _tokens.Add(input, new KeyValuePair<string, object?>("direction", "input"));
        }

        if (usage?.OutputTokenCount is long output)
        {
            _tokens.Add(output, new KeyValuePair<string, object?>("direction", "output"));
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "LLM phrasing with {PromptId} failed ({ExceptionType}); the rules' words were sent")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string promptId);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "LLM phrasing with {PromptId} discarded by the fact guard: {Reason}")]
    private static partial void LogRejected(ILogger logger, string promptId, GuardReason reason);

    /// <summary>The memory cache's clock from the phraser's time provider, so tests can let entries expire.</summary>
    private sealed class TimeProviderClock(TimeProvider timeProvider) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
    }
}
