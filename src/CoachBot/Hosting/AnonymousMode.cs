using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>
/// With no app id the bot cannot check who is calling, so it runs anonymously only in the Development
/// environment and only on loopback addresses; anywhere else it refuses to start.
/// </summary>
internal static partial class AnonymousMode
{
    /// <summary>Registers the start-up check that refuses anonymous mode outside Development.</summary>
    public static IServiceCollection AddAnonymousModeRules(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, AnonymousModeValidator>());
        return services;
    }

    /// <summary>Anonymous in Development: warns at start, and stops the host if it listens beyond loopback.</summary>
    public static void EnforceAnonymousModeRules(this WebApplication app)
    {
        var botOptions = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(botOptions.MicrosoftAppId))
        {
            return;
        }

        // AnonymousModeValidator reports this at start-up with the other configuration errors; this is the backstop.
        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Bot:MicrosoftAppId is not configured outside the Development environment.");
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoachBot.AnonymousMode");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var exposed = string.Join(", ", addresses.Where(a => !IsLoopback(a)));
            if (exposed.Length > 0)
            {
                LogExposed(logger, exposed);
                app.Lifetime.StopApplication();
                return;
            }

            var bound = string.Join(", ", addresses);
            LogAnonymous(logger, bound);
        });
    }

    /// <summary>Whether an anonymous request may be served: it must come from this machine.</summary>
    public static bool IsLocalRequest(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;

        // The in-process test server has no socket and so no remote address.
        return remote is null || IPAddress.IsLoopback(remote);
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "No app id configured: running ANONYMOUSLY in Development on {Addresses}. Never expose this to a network.")]
    private static partial void LogAnonymous(ILogger logger, string addresses);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "Refusing to run anonymously on non-loopback addresses {Addresses}; configure Bot:MicrosoftAppId or bind to 127.0.0.1.")]
    private static partial void LogExposed(ILogger logger, string addresses);
}
