namespace CoachBot.Tests.Support;

/// <summary>
/// Tests that must run alone, after the parallel ones: they measure the process's managed heap, or load the
/// machine enough to slow others down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Serial";
}
