using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoachBot.Diagnostics;

/// <summary>
/// The bot's own metrics (meter <c>CoachBot</c>): turns and their latency by route, the rules the
/// advice rested on, escalations delivered, the outbox's backlog, and the store's failures. Tags are ids, kinds and
/// outcomes, never what anyone typed. Exported with OpenTelemetry (<see cref="TelemetryServiceCollectionExtensions"/>).
/// </summary>
public sealed class CoachBotMetrics
{
    public const string Name = "CoachBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _ruleHits;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _storeErrors;
    private long _outboxDue;
    private double _outboxOldestSeconds;

    public CoachBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("coachbot.turns", "{turn}", "Turns handled, by activity type, route and status");
        _turnDuration = meter.CreateHistogram<double>("coachbot.turn.duration", "ms", "Time to handle a turn, by route");
        _ruleHits = meter.CreateCounter<long>("coachbot.rule.hits", "{hit}", "Advice given, by the inventory id it rests on");
        _escalations = meter.CreateCounter<long>("coachbot.escalations.delivered", "{escalation}", "Escalation cards sent to a duty desk, by outcome");
        _storeErrors = meter.CreateCounter<long>("coachbot.store.errors", "{error}", "Times the state store could not be reached, by where");
        meter.CreateObservableGauge("coachbot.outbox.due", () => Interlocked.Read(ref _outboxDue), "{item}", "Outbox items due at the last pass (up to its batch size)");
        meter.CreateObservableGauge("coachbot.outbox.oldest_age", () => Volatile.Read(ref _outboxOldestSeconds), "s", "Age of the oldest outbox item due at the last pass");
    }

    public void Turn(string activityType, string route, int status, double milliseconds)
    {
        var tags = new TagList { { "activity.type", activityType }, { "route", route }, { "status", status } };
        _turns.Add(1, tags);
        _turnDuration.Record(milliseconds, new TagList { { "route", route } });
    }

    public void RuleHits(IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        foreach (var id in ruleIds)
        {
            _ruleHits.Add(1, new KeyValuePair<string, object?>("rule", id));
        }
    }

    public void EscalationDelivered(bool sent) => _escalations.Add(1, new KeyValuePair<string, object?>("outcome", sent ? "sent" : "failed"));

    public void StoreError(string where) => _storeErrors.Add(1, new KeyValuePair<string, object?>("where", where));

    /// <summary>What the outbox pass found due, and since when the oldest of it waits.</summary>
    public void OutboxBacklog(int due, TimeSpan oldest)
    {
        Interlocked.Exchange(ref _outboxDue, due);
        Volatile.Write(ref _outboxOldestSeconds, oldest.TotalSeconds);
    }
}
