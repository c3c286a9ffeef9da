using BenchmarkDotNet.Running;
using CoachBot.Benchmarks;

// "alloc": what a host turn allocates, by type (a table); anything else: the BenchmarkDotNet benchmarks.
if (args is ["alloc", ..])
{
    await AllocationProfile.RunAsync(Console.Out, CancellationToken.None).ConfigureAwait(false);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(HostTurnBenchmarks).Assembly).Run(args);
