using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Diagnostics;

/// <summary>Registers the log safety net: every logger escapes control characters in the values it logs.</summary>
public static class DiagnosticsServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotLogEscaping(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new EscapingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(sp))));
        return services;
    }
}
