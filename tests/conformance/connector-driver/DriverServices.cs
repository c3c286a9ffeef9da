using CoachBot.Protocol;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorDriver;

/// <summary>The protocol's services exactly as the host registers them (AddBotProtocol).</summary>
internal static class DriverServices
{
    public static ServiceProvider Build(IConfiguration configuration, string trustedServiceUrl)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddBotProtocol(configuration);
        var provider = services.BuildServiceProvider(validateScopes: true);

        // The host trusts a service URL once an authenticated activity came from it; the driver stands
        // in for that moment by trusting the recording server's URL.
        provider.GetRequiredService<TrustedServiceUrls>().Add(trustedServiceUrl);
        return provider;
    }
}
