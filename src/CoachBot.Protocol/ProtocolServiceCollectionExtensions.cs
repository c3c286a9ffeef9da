using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol;

/// <summary>Registers the protocol services with their options bound from configuration and checked at start.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> (section <c>Bot</c>) and <see cref="ConnectorOptions"/>
    /// (<c>Bot:Connector</c>), validated on start with every error reported; registers
    /// <see cref="BotAuthenticator"/>, <see cref="BotTokenProvider"/> and <see cref="TrustedServiceUrls"/> as
    /// singletons, <see cref="ConnectorClient"/> as a typed HttpClient, and <see cref="TimeProvider.System"/>
    /// unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptionsWithValidateOnStart<BotAuthenticationOptions, BotAuthenticationOptionsValidator>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName));
        services.AddOptionsWithValidateOnStart<ConnectorOptions, ConnectorOptionsValidator>()
            .Bind(configuration.GetSection(ConnectorOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TrustedServiceUrls(sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.TrustedServiceUrls));
        services.TryAddSingleton<BotAuthenticator>();
        services.TryAddSingleton<BotTokenProvider>();

        services.AddHttpClient(ProtocolHttpClients.OpenIdMetadata, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ProtocolHttpClients.Token, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }
}
