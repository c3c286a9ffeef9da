using CoachBot.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.ChannelQuizzes;

/// <summary>Registers channel quizzes: the turn-time commands, the steps the outbox runs, and the roster.</summary>
public static class ChannelQuizServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotChannelQuizzes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<ChannelQuizOptions, ChannelQuizOptionsValidator>()
            .Bind(configuration.GetSection(ChannelQuizOptions.SectionName));
        services.TryAddSingleton<ChannelQuizStore>();
        services.TryAddSingleton<ChannelQuizStarter>();
        services.TryAddSingleton<ChannelQuizPresses>();
        services.TryAddSingleton<ChannelQuizCommands>();
        services.TryAddSingleton<IChannelRoster, ConnectorRoster>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, ChannelQuizStepHandler>());
        return services;
    }
}
