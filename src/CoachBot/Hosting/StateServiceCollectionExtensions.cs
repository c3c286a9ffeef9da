using CoachBot.State;
using CoachBot.State.Sqlite;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Registers the configured state store.</summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotState(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()?.Provider ?? "Sqlite";
        if (provider.Equals("InMemory", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IStateStore, InMemoryStateStore>();
            return services;
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionsValidationException(StateOptions.SectionName, typeof(StateOptions), [$"State:Provider '{provider}' is not known; use Sqlite or InMemory."]);
        }

        services.AddOptions<SqliteStateOptions>()
            .Bind(configuration.GetSection(SqliteStateOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IStateStore, SqliteStateStore>();
        return services;
    }

    /// <summary>Creates the schema before the first request.</summary>
    public static async Task InitializeStateAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<IStateStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
    }
}
