using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CoachBot.Tests.Escalations;
using CoachBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CoachBot.Tests.Diagnostics;

/// <summary>
/// The bot's own spans (issue 15, point 5): a span per turn with its route and status, a span per outbox delivery with
/// its kind and outcome, and no span tag carrying what the user typed; and, with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// set, traces and metrics reach an OTLP/HTTP collector (a fake one on loopback) without the user's words in them.
/// </summary>
public sealed class TracingTests
{
    private const string Situation = "The guest is shouting at the desk, his bag is lost and he wants money";

    [Fact]
    public async Task Transcript_WithAnEscalation_ASpanPerTurnAndPerDelivery()
    {
        var spans = new List<Activity>();
        using var hotel = new EscalationHarness();
        hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        var replace = hotel.Host.Replace;
        hotel.Host.Replace = services =>
        {
            replace?.Invoke(services);
            // As the host traces with an OTLP endpoint: the turn's span is a child of the request's, recorded with it.
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("CoachBot").AddAspNetCoreInstrumentation().AddInMemoryExporter(spans));
        };

        await hotel.StartStaffChatAsync();
        await hotel.RegisterDeskAsync();
        await hotel.Staff.SendAsync(Situation);
        await hotel.EscalateAsync();
        hotel.Host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var turns = spans.Where(s => s.OperationName == "coachbot.turn").ToList();
        Assert.Contains(turns, s => (string?)s.GetTagItem("coachbot.route") == "dialog:coach" && (int?)s.GetTagItem("http.response.status_code") == 200);
        Assert.Contains(turns, s => (string?)s.GetTagItem("coachbot.route") == "duty-desk");
        Assert.Contains(spans, s => s.OperationName == "coachbot.outbox.deliver" && (string?)s.GetTagItem("coachbot.outbox.kind") == "escalation" && (string?)s.GetTagItem("coachbot.outcome") == "delivered");
        Assert.DoesNotContain(spans.SelectMany(s => s.TagObjects), tag => Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)!.Contains("shouting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtlpEndpointSet_TracesAndMetricsReachTheCollector_WithoutTheUsersWords()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var collector = await StartCollectorAsync(received);
        var host = new BotHost();
        host.Settings["Coaching:RootDialog"] = "coach";
        host.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single();
        host.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        using (host)
        {
            using var chat = host.NewChat();
            await chat.SendAsync(Situation);
        }

        // Stopping the host flushes what its providers hold.
        var traces = received.Where(r => r.Path == "/v1/traces").SelectMany(r => r.Body).ToArray();
        Assert.NotEmpty(traces);
        Assert.Contains("coachbot.turn", Encoding.UTF8.GetString(traces), StringComparison.Ordinal);
        Assert.Contains(received, r => r.Path == "/v1/metrics" && Encoding.UTF8.GetString(r.Body).Contains("coachbot.turns", StringComparison.Ordinal));
        Assert.DoesNotContain(received, r => Encoding.UTF8.GetString(r.Body).Contains("shouting", StringComparison.Ordinal));
    }

    // An OTLP/HTTP collector that keeps what it is sent and answers each export with an empty (successful) response.
    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, byte[])> received)
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        return app;
    }
}
