using CoachBot.Coaching.Phrasing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachBot.Diagnostics;

/// <summary>
/// OpenTelemetry: the bot's metrics (<see cref="CoachBotMetrics"/>, LLM phrasing's <see cref="LlmPhraser.MeterName"/>),
/// ASP.NET Core's and HttpClient's, and, when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, traces of requests, turns
/// and outbox deliveries (<see cref="CoachBotTracing"/>) and Connector calls, all exported over OTLP (the standard OTEL_* variables configure the rest).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CoachBotMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("coachbot"))
            .WithMetrics(metrics => metrics
                .AddMeter(CoachBotMetrics.Name, LlmPhraser.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        // Traces only when they go somewhere: a span per request costs allocations a turn need not pay for nothing.
        telemetry
            .WithTracing(tracing => tracing
                .AddSource(CoachBotTracing.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}
