using Microsoft.Extensions.Options;

namespace CoachBot.Dashboard;

/// <summary>Registers the trainer dashboard: its options (validated at start-up), sign-in, and the report's data.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotDashboard(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DashboardOptions.SectionName);
        services.AddOptionsWithValidateOnStart<DashboardOptions, DashboardOptionsValidator>().Bind(section);

        // The schemes depend on what is configured, so the options are read once here; the validator still reports
        // a bad configuration at start-up.
        var options = section.Get<DashboardOptions>() ?? new DashboardOptions();
        services.AddDashboardAuthentication(options, environment);
        services.AddSingleton<DashboardData>();
        services.AddSingleton<DashboardReporter>();
        return services;
    }
}

/// <summary>Checks <see cref="DashboardOptions"/> at start-up: the attributes, then the rules across settings.</summary>
[OptionsValidator]
internal sealed partial class DashboardOptionsValidator : IValidateOptions<DashboardOptions>;
