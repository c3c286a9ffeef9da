using System.Reflection;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>
/// Tells an operator why the host did not start: a header, then one <c>error: </c> line per problem on
/// standard error, with no stack trace (the problems are in the configuration, not in the code).
/// </summary>
internal static class StartupErrorReport
{
    /// <summary>
    /// Whether this process was started to run the host (<c>dotnet CoachBot.dll</c>). Under a test's
    /// WebApplicationFactory, which runs the entry point itself, errors propagate so the test sees them.
    /// </summary>
    public static bool IsHostProcess => Assembly.GetEntryAssembly() == typeof(StartupErrorReport).Assembly;

    /// <summary>The configuration errors an exception carries; false for any other exception (a bug shows its stack).</summary>
    public static bool TryRead(Exception exception, out IReadOnlyList<string> errors)
    {
        errors = exception switch
        {
            StartupConfigurationException startup => startup.Errors,
            OptionsValidationException options => new StartupConfigurationException(options.Failures).Errors,
            AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
                new StartupConfigurationException(aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)).Errors,
            _ => [],
        };
        return errors.Count > 0;
    }

    public static void Write(IReadOnlyList<string> errors, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"CoachBot did not start: {errors.Count} configuration error(s).");
        foreach (var error in errors)
        {
            writer.WriteLine($"error: {error}");
        }
    }
}
