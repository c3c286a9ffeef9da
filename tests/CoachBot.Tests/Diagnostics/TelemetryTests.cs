using CoachBot.State;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace CoachBot.Tests.Diagnostics;

/// <summary>
/// The bot's metrics through OpenTelemetry, read with the in-memory exporter (issue 15, point 5): after a coaching
/// transcript with an escalation, the turns and their latency by route, the rules the advice rested on, the escalation
/// delivered and the outbox's backlog are exported; a store outage is counted; no tag carries what the user typed.
/// </summary>
public sealed class TelemetryTests
{
    private const string Situation = "The guest is shouting at the desk, his bag is lost and he wants money";

    [Fact]
    public async Task Transcript_WithAnEscalation_TurnsLatencyRuleHitsEscalationsAndOutboxExported()
    {
        var exported = new List<Metric>();
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        var replace = hotel.Host.Replace;
        hotel.Host.Replace = services =>
        {
            replace?.Invoke(services);
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(exported));
        };

        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        await hotel.Staff.SendAsync(Situation);
        await hotel.EscalateAsync();
        var metrics = Flush(hotel.Host, exported);

        Assert.Contains("dialog:coach", Tags(metrics, "coachbot.turns", "route"));
        Assert.Contains("duty-desk", Tags(metrics, "coachbot.turns", "route"));
        Assert.Contains("dialog:coach", Tags(metrics, "coachbot.turn.duration", "route"));
        Assert.Contains("H-12", Tags(metrics, "coachbot.rule.hits", "rule"));
        Assert.Contains("sent", Tags(metrics, "coachbot.escalations.delivered", "outcome"));
        Assert.Contains(metrics, m => m.Name == "coachbot.outbox.due");
        Assert.Contains(metrics, m => m.Name == "coachbot.outbox.oldest_age");
        Assert.DoesNotContain(metrics.SelectMany(AllTags), value => value.Contains("shouting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoreDown_ATurnMeanwhile_CountedAsAStoreError()
    {
        var exported = new List<Metric>();
        OutageStateStore outage = null!;
        using var host = new BotHost
        {
            Replace = services =>
            {
                services.AddSingleton(_ => OutageStateStore.Wrap(new InMemoryStateStore(TimeProvider.System), out outage));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(exported));
            },
        };
        using var chat = host.NewChat();
        await chat.SendAsync("hi");

        outage.IsDown = true;
        await chat.SendAsync("Alice");
        var metrics = Flush(host, exported);

        Assert.Contains("turn", Tags(metrics, "coachbot.store.errors", "where"));
    }

    private static List<Metric> Flush(BotHost host, List<Metric> exported)
    {
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        return exported;
    }

    private static List<string> Tags(List<Metric> metrics, string name, string tag)
    {
        var values = new List<string>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var pair in point.Tags)
                {
                    if (pair.Key == tag)
                    {
                        values.Add(Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    }
                }
            }
        }

        Assert.True(values.Count > 0, $"No {name} with a {tag} tag was exported.");
        return values;
    }

    private static List<string> AllTags(Metric metric)
    {
        var values = new List<string>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var pair in point.Tags)
            {
                values.Add(Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }

        return values;
    }
}
