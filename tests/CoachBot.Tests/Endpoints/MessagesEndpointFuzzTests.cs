using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CoachBot.Protocol.Connector;
using CoachBot.Tests.Support;
using CoachBot.Tests.Support.Fuzz;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CoachBot.Tests.Endpoints;

/// <summary>
/// A bounded fuzz run against the real host on Kestrel (coaching bot, SQLite state): truncated, type-confused,
/// oversized and badly encoded activities, duplicate keys, nulls in arrays, odd invokes and card values. No answer may
/// be a 5xx, no turn may fail, and the managed heap must come back near where it was. The seed is printed; set
/// COACHBOT_FUZZ_SEED to run the same inputs again.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class MessagesEndpointFuzzTests(ITestOutputHelper output)
{
    private const int Activities = 20_000;
    private const int WarmUpScripts = 300;
    private const int Workers = 4;

    // Generous: without a leak the heap ends some 10 MB above where it started (large buffers the runtime's shared
    // ArrayPool keeps in per-thread caches for 30-60 s; after a minute idle the heap is back at its start).
    private const long HeapGrowthLimitBytes = 32L * 1024 * 1024;

    [Fact]
    public async Task Post_TwentyThousandFuzzedActivities_No5xxNoFailedTurnAndTheHeapComesBack()
    {
        var seed = Environment.GetEnvironmentVariable("COACHBOT_FUZZ_SEED") is { Length: > 0 } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"fuzz seed {seed} (rerun with COACHBOT_FUZZ_SEED={seed})");
        using var directory = new TempDirectory();
        var logs = new LogCounter();
        var connector = new SilentConnector();
        using var host = BotHost.Sqlite(directory.File("fuzz.db"));
        host.Settings["Coaching:RootDialog"] = "coach";
        host.Replace = services =>
        {
            services.RemoveAll<ILoggerProvider>();
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        };
        host.UseKestrel(0);
        host.StartServer();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Workers }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var fuzzer = new ActivityFuzzer(seed);
        var report = new FuzzReport();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        long heapBefore, heapAfter;
        try
        {
            var next = await RunAsync(http, fuzzer, report, 0, scriptsLimit: WarmUpScripts, activitiesLimit: int.MaxValue, deadline.Token);
            heapBefore = SettledHeap();
            await RunAsync(http, fuzzer, report, next, scriptsLimit: int.MaxValue, activitiesLimit: Activities + report.Sent, deadline.Token);
            heapAfter = SettledHeap();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"The run did not finish in time (a hang?).\n{report.Summary(seed)}");
        }

        var summary = report.Summary(seed)
            + $"heap after warm-up {heapBefore / 1024 / 1024} MB, after the run {heapAfter / 1024 / 1024} MB\n"
            + $"log entries per level: {string.Join(", ", logs.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}\n";
        output.WriteLine(summary);
        Assert.True(report.Sent >= Activities, $"Only {report.Sent} requests were sent.\n{summary}");
        Assert.True(report.FailureCount == 0, $"{report.FailureCount} requests got a 5xx or no answer.\n{summary}");
        Assert.True(logs.ErrorCount == 0, $"{logs.ErrorCount} errors were logged (a failed turn answers 200 but is still a bug):\n{string.Join("\n", logs.Errors)}\n{summary}");
        Assert.True(heapAfter - heapBefore < HeapGrowthLimitBytes, $"The managed heap grew by {(heapAfter - heapBefore) / 1024 / 1024} MB.\n{summary}");
    }

    /// <summary>Runs scripts from <paramref name="first"/> on until either limit; returns the next script index.</summary>
    private static async Task<int> RunAsync(HttpClient http, ActivityFuzzer fuzzer, FuzzReport report, int first, int scriptsLimit, int activitiesLimit, CancellationToken cancellationToken)
    {
        var nextScript = first - 1;
        var lastScript = (long)first + scriptsLimit - 1;
        var workers = Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (report.Sent < activitiesLimit)
            {
                var index = Interlocked.Increment(ref nextScript);
                if (index > lastScript)
                {
                    return;
                }

                var script = fuzzer.Script(index);
                string? answer = null;
                while (script.Next(answer) is { } request)
                {
                    answer = await SendAsync(http, report, request, cancellationToken);
                }
            }
        });
        await Task.WhenAll(workers);
        return nextScript + 1;
    }

    private static async Task<string?> SendAsync(HttpClient http, FuzzReport report, FuzzRequest request, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(request.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type : null;
        try
        {
            using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            report.Record(request, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), answer);
            return response.StatusCode == HttpStatusCode.OK ? answer : null;
        }
        catch (HttpRequestException ex) when (request.Oversized)
        {
            // Kestrel may answer 413 and close while the client is still sending: a refusal, not a fault.
            report.Record(request, "closed while sending (oversized)", ex.GetType().Name);
            return null;
        }
        catch (HttpRequestException ex)
        {
            report.Record(request, "no answer", $"{ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private static long SettledHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
