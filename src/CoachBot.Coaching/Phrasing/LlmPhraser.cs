using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoachBot.Coaching.Phrasing;

/// <summary>
/// Asks an LLM (any <see cref="IChatClient"/>: Azure OpenAI when configured) to rephrase an advice card's headline and
/// Say-now line, or to voice a role-play's next line, and keeps the answer only if the <see cref="FactGuard"/> passes
/// it; otherwise, or when the answer is not back within the budget, the service fails, or its circuit is open, the
/// rules' own words go out. Advice answers are cached by prompt version, language, rules and texts, and identical
/// requests at the same time share one call. Counts outcomes, rejections by reason and tokens.
/// </summary>
public sealed partial class LlmPhraser : IDisposable
{
    public const string MeterName = "CoachBot.Phrasing";

    private readonly IChatClient _chat;
    private readonly PromptLibrary _prompts;
    private readonly FactGuard _guard;
    private readonly PhraserOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LlmPhraser> _logger;
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<string, Lazy<Task<PhrasedText>>> _inFlight = new(StringComparer.Ordinal);
    private readonly ResiliencePipeline _withinBudget;
    private readonly ResiliencePipeline _late;
    private readonly Meter _meter;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _lateOutcomes;
    private readonly CancellationTokenSource _stopping = new();
    private long _budgetMisses;
    private long _slowUntilTicks;

    public LlmPhraser(
        IChatClient chat, PromptLibrary prompts, FactGuard guard, PhraserOptions options, TimeProvider timeProvider, ILogger<LlmPhraser> logger, IMeterFactory? meters = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chat = chat;
        _prompts = prompts;
        _guard = guard;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;

        // A cache of its own, bounded by entries, so phrased answers never crowd out anything else.
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheEntries, Clock = new TimeProviderClock(timeProvider) });

        // One circuit for the service, whichever way it is called: a down service costs no turn anything.
        var circuit = new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = options.CircuitFailures,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
        };
        var breaker = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddCircuitBreaker(circuit).Build();
        _withinBudget = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddPipeline(breaker).AddTimeout(options.Budget).Build();
        _late = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddPipeline(breaker).AddTimeout(options.LateAnswerTimeout ?? options.Budget).Build();

        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _outcomes = _meter.CreateCounter<long>("coachbot.phrasing.outcomes", description: "Phrasing requests by outcome");
        _rejections = _meter.CreateCounter<long>("coachbot.phrasing.rejections", description: "LLM answers the fact guard discarded, by reason");
        _lateOutcomes = _meter.CreateCounter<long>("coachbot.phrasing.late_outcomes", description: "Late rephrases waited for to replace a sent message, by outcome");
        _tokens = _meter.CreateCounter<long>("coachbot.phrasing.tokens", unit: "{token}", description: "Tokens the LLM used, by direction");
    }

    /// <summary>The advice rephrased, or the rules' words when no good answer is back within the budget.</summary>
    public async Task<PhrasedText> PhraseAsync(PhraseRequest request, CancellationToken cancellationToken)
    {
        var call = Start(request);
        try
        {
            var answer = await call.WaitAsync(_options.Budget, _timeProvider, cancellationToken).ConfigureAwait(false);
            RecordBudget(missed: answer.Outcome == PhraseOutcome.TimedOut);
            return Count(answer);
        }
        catch (TimeoutException)
        {
            RecordBudget(missed: true);
            return Count(new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.TimedOut));
        }
    }

    /// <summary>
    /// The advice rephrased without the budget, for replacing a message already sent in the rules' words: the answer of
    /// the call the turn started, when it is still running (up to <see cref="PhraserOptions.LateAnswerTimeout"/>) or
    /// cached; otherwise the rules' words (<see cref="PhraseOutcome.Failed"/>), never a second paid call.
    /// </summary>
    public async Task<PhrasedText> PhraseLateAsync(PhraseRequest request, CancellationToken cancellationToken)
    {
        var (key, _) = KeyOf(request);
        var answer = _cache.TryGetValue(key, out PhrasedText? cached) && cached is not null ? cached with { Outcome = PhraseOutcome.Cached }
            : _inFlight.TryGetValue(key, out var call) ? await call.Value.WaitAsync(cancellationToken).ConfigureAwait(false)
            : new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.Failed);
        _lateOutcomes.Add(1, new KeyValuePair<string, object?>("outcome", answer.Outcome.ToString()));
        return answer;
    }

    /// <summary>
    /// A role-play's next line with the guest's or prospect's reaction to the trainee's answer before it, or the
    /// script's line alone when the reaction is not back within the budget or adds a fact. Never cached: it depends on
    /// what the trainee wrote.
    /// </summary>
    public async Task<PhrasedText> VoiceAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var template = _prompts[PromptIds.RolePlayVoice];
        var prompt = template.Render(new Dictionary<string, string>
        {
            ["language"] = PromptText.LanguageName(request.Language),
            ["role"] = request.Role,
            ["case"] = request.Case,
            ["line"] = request.Line,
            ["answer"] = request.Answer,
        });
        var script = new PhrasedText(string.Empty, request.Line, PhraseOutcome.Failed);
        var (response, failure) = await AskAsync(_withinBudget, prompt, PromptIds.RolePlayVoice, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return Count(script with { Outcome = failure });
        }

        // The script's line stays word for word (the trainee is graded against it); the LLM only puts a reaction before
        // it, which together with the line must pass the guard: no figure, name or promise of its own.
        var reaction = string.Join(' ', response.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim('"', '“', '”', '「', '」', ' ');
        var separator = request.Language.Code == "zh" ? string.Empty : " ";
        var voiced = reaction.Length == 0 ? string.Empty : reaction + separator + request.Line;
        var verdict = _guard.Check(request.Line, voiced, request.Language, request.RosterNames);
        return Count(verdict.IsAccepted
            ? new PhrasedText(string.Empty, voiced, PhraseOutcome.Phrased)
            : Rejected(script, PromptIds.RolePlayVoice, verdict.Reason));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _cache.Dispose();
        _meter.Dispose();
    }

    /// <summary>The cached answer, the call already asking for it, or a new call; a call never throws.</summary>
    private Task<PhrasedText> Start(PhraseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PromptId is not (PromptIds.RephraseStaff or PromptIds.RephraseSales))
        {
            throw new ArgumentException($"Advice is rephrased with the rephrase prompts, not '{request.PromptId}'.", nameof(request));
        }

        var (key, template) = KeyOf(request);
        if (_cache.TryGetValue(key, out PhrasedText? cached) && cached is not null)
        {
            return Task.FromResult(cached with { Outcome = PhraseOutcome.Cached });
        }

        if (IsSlow())
        {
            return Task.FromResult(new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.CircuitOpen));
        }

        var call = _inFlight.GetOrAdd(key, k => new Lazy<Task<PhrasedText>>(() => CallAsync(k, template, request)));
        return call.Value;
    }

    private (string Key, PromptTemplate Template) KeyOf(PhraseRequest request)
    {
        var template = _prompts[request.PromptId];
        return (Key(template.Id, template.Version.ToString(CultureInfo.InvariantCulture), request.Language.Tag, request.Register,
            Key([.. request.RuleIds]), Key([.. request.RosterNames]), request.Headline, request.SayNow), template);
    }

    /// <summary>
    /// Whether the LLM has missed the budget too often in a row to be worth waiting for. With late answers on, the
    /// circuit counts only the late call's own timeout, so a service that always answers in 2 s would never trip it,
    /// yet every turn would wait the whole budget: this break covers that.
    /// </summary>
    private bool IsSlow() =>
        _options.LateAnswerTimeout is not null && _timeProvider.GetUtcNow().UtcTicks < Interlocked.Read(ref _slowUntilTicks);

    private void RecordBudget(bool missed)
    {
        if (_options.LateAnswerTimeout is null)
        {
            return;
        }

        if (!missed)
        {
            Interlocked.Exchange(ref _budgetMisses, 0);
        }
        else if (Interlocked.Increment(ref _budgetMisses) >= _options.CircuitFailures)
        {
            Interlocked.Exchange(ref _budgetMisses, 0);
            Interlocked.Exchange(ref _slowUntilTicks, (_timeProvider.GetUtcNow() + _options.BreakDuration).UtcTicks);
        }
    }

    /// <summary>
    /// One call to the LLM for an advice rephrase, not tied to any one caller (callers wait for it, each within their
    /// own budget); bounded by the late-answer timeout, or the budget when late answers are not used.
    /// </summary>
    private async Task<PhrasedText> CallAsync(string key, PromptTemplate template, PhraseRequest request)
    {
        try
        {
            // Off the caller's thread: the first caller must be able to stop waiting at its budget.
            await Task.Yield();
            var prompt = template.Render(new Dictionary<string, string>
            {
                ["language"] = PromptText.LanguageName(request.Language),
                ["register"] = request.Register,
                ["headline"] = request.Headline,
                ["say_now"] = request.SayNow,
                ["keep"] = PromptText.Keep(request),
            });
            var rules = new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.Failed);
            var (response, failure) = await AskAsync(_late, prompt, request.PromptId, _stopping.Token).ConfigureAwait(false);
            if (response is null)
            {
                return rules with { Outcome = failure };
            }

            var (headline, sayNow) = PromptText.Lines(response.Text);
            var verdict = _guard.Check(request.Headline, headline, request.Language, request.RosterNames) is { IsAccepted: false } refused
                ? refused
                : _guard.Check(request.SayNow, sayNow, request.Language, request.RosterNames);
            if (!verdict.IsAccepted)
            {
                return Rejected(rules, request.PromptId, verdict.Reason);
            }

            var phrased = new PhrasedText(headline, sayNow, PhraseOutcome.Phrased);
            _cache.Set(key, phrased, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.CacheFor });
            return phrased;
        }
#pragma warning disable CA1031 // The call outlives its first caller: whatever goes wrong, the rules' words go out.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(_logger, ex.GetType().Name, request.PromptId);
            return new PhrasedText(request.Headline, request.SayNow, PhraseOutcome.Failed);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    /// <summary>The LLM's answer, or why there is none (timed out, failed, circuit open).</summary>
    private async Task<(ChatResponse? Response, PhraseOutcome Failure)> AskAsync(ResiliencePipeline pipeline, RenderedPrompt prompt, string promptId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await pipeline.ExecuteAsync(
                async token => await _chat.GetResponseAsync([new ChatMessage(ChatRole.System, prompt.System), new ChatMessage(ChatRole.User, prompt.User)], cancellationToken: token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            CountTokens(response.Usage);
            return (response, PhraseOutcome.Phrased);
        }
        catch (TimeoutRejectedException)
        {
            return (null, PhraseOutcome.TimedOut);
        }
        catch (BrokenCircuitException)
        {
            return (null, PhraseOutcome.CircuitOpen);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, ex.GetType().Name, promptId);
            return (null, PhraseOutcome.Failed);
        }
    }

    private PhrasedText Rejected(PhrasedText rules, string promptId, GuardReason reason)
    {
        _rejections.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
        LogRejected(_logger, promptId, reason);
        return rules with { Outcome = PhraseOutcome.Rejected, Rejected = reason };
    }

    /// <summary>The parts, each prefixed with its length, so no two different lists of parts give the same key.</summary>
    private static string Key(params string[] parts) =>
        string.Concat(parts.Select(p => $"{p.Length.ToString(CultureInfo.InvariantCulture)}:{p}"));

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
