using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace CoachBot.Benchmarks;

/// <summary>
/// What a host turn allocates, by type: the runtime's allocation ticks (one about every 100 KB allocated, naming the
/// type that crossed it) while <see cref="HostTurns"/> plays conversations, and the bytes per turn measured exactly.
/// A sample, not a census: types that allocate often show in proportion. <c>bench/run.sh alloc</c>.
/// </summary>
public static class AllocationProfile
{
    private const int WarmUpConversations = 300;
    private const int Conversations = 3000;
    private const int TurnsPerConversation = 4;
    private const int Shown = 25;

    public static async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var turns = HostTurns.Start();
        for (var i = 0; i < WarmUpConversations; i++)
        {
            await turns.ConversationAsync(cancellationToken).ConfigureAwait(false);
        }

        using var sampler = new AllocationSampler();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Conversations; i++)
        {
            await turns.ConversationAsync(cancellationToken).ConfigureAwait(false);
        }

        var turnCount = Conversations * TurnsPerConversation;
        var perTurn = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)turnCount;
        var cpuPerTurn = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / turnCount;
        var wallPerTurn = clock.Elapsed.TotalMicroseconds / turnCount;
        var sampled = sampler.Bytes.Values.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{turnCount} turns one after another, {perTurn / 1024:F1} KB allocated, {wallPerTurn:F0} µs and {cpuPerTurn:F0} µs of CPU per turn (test server and the sampler included)"));
        output.WriteLine();
        output.WriteLine("| type | share of sampled bytes | ≈ KB per turn |");
        output.WriteLine("|---|---|---|");
        foreach (var (type, bytes) in sampler.Bytes.OrderByDescending(p => p.Value).Take(Shown))
        {
            var share = bytes / (double)sampled;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{type}` | {share:P1} | {share * perTurn / 1024:F1} |"));
        }
    }

    private sealed class AllocationSampler : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public ConcurrentDictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var type = eventData.Payload![names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            Bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }
}
