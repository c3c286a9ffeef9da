using CoachBot.Protocol;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConnectorDriver;

/// <summary>The protocol's outbound services, configured from the host's configuration shape.</summary>
internal static class DriverServices
{
    public static ServiceProvider Build(IConfiguration configuration, string trustedServiceUrl)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration.GetSection(BotAuthenticationOptions.SectionName));
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName));
        services.AddHttpClient(ProtocolHttpClients.Token);
        services.AddHttpClient<ConnectorClient>();
        services.AddSingleton<BotTokenProvider>();

        // The host trusts a service URL once an authenticated activity came from it; the driver stands
        // in for that moment by trusting the recording server's URL.
        services.AddSingleton(sp => new TrustedServiceUrls(
            [.. sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.TrustedServiceUrls, trustedServiceUrl]));
        return services.BuildServiceProvider(validateScopes: true);
    }
}
