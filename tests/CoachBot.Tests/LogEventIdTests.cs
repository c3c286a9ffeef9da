using System.Reflection;
using CoachBot.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests;

/// <summary>
/// An event id names one kind of event for alerts and log queries, so no two [LoggerMessage] methods in the
/// CoachBot assemblies may share one.
/// </summary>
public sealed class LogEventIdTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    [Fact]
    public void LoggerMessages_AcrossCoachBotAssemblies_HaveUniqueEventIds()
    {
        var messages = CoachBotAssemblies()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(Declared))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (Id: x.Attribute!.EventId, Name: $"{x.Method.DeclaringType!.FullName}.{x.Method.Name}"))
            .ToList();

        var duplicates = messages.GroupBy(m => m.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}")
            .ToList();

        Assert.True(messages.Count > 20, $"Only {messages.Count} [LoggerMessage] methods found; is the reflection looking in the right place?");
        Assert.True(duplicates.Count == 0, "Event ids used more than once: " + string.Join("; ", duplicates));
    }

    private static IEnumerable<Assembly> CoachBotAssemblies()
    {
        var host = typeof(CoachBotOptions).Assembly;
        return host.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("CoachBot.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Prepend(host);
    }
}
