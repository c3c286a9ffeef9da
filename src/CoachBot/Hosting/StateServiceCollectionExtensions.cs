using CoachBot.State;
using CoachBot.State.Postgres;
using CoachBot.State.Sqlite;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Registers the configured state store.</summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<StateOptions, StateOptionsValidator>()
            .Bind(configuration.GetSection(StateOptions.SectionName));
        // The training results live in the same store, behind their own interface.
        services.AddSingleton<ITrainingStore>(sp => sp.GetRequiredService<IStateStore>());
        var provider = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()?.Provider ?? "Sqlite";
        if (provider.Equals("InMemory", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IStateStore, InMemoryStateStore>();
            return services;
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddOptionsWithValidateOnStart<PostgresStateOptions, PostgresStateOptionsValidator>()
                .Bind(configuration.GetSection(PostgresStateOptions.SectionName));
            services.AddSingleton<IStateStore>(sp => new PostgresStateStore(
                sp.GetRequiredService<IOptions<PostgresStateOptions>>().Value.ConnectionString!, sp.GetRequiredService<TimeProvider>()));
            return services;
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            // Refused here, not by the options' validation later: with no store registered, building the host would
            // fail first on the missing service, with a message that names nothing the operator set.
            throw new StartupConfigurationException(["State:Provider must be Sqlite, Postgres or InMemory."]);
        }

        services.AddOptionsWithValidateOnStart<SqliteStateOptions, SqliteStateOptionsValidator>()
            .Bind(configuration.GetSection(SqliteStateOptions.SectionName));
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
