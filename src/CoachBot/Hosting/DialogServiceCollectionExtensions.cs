using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Hosting;

/// <summary>Registers the dialogs users talk to: the coaching bot, or the protocol demo when configured.</summary>
public static class DialogServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotDialogs(this IServiceCollection services, IConfiguration configuration, CoachingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        services.AddOptionsWithValidateOnStart<CoachingHostOptions, CoachingHostOptionsValidator>()
            .Bind(configuration.GetSection(CoachingHostOptions.SectionName));
        services.AddOptionsWithValidateOnStart<RoleMap, RoleMapValidator>()
            .Bind(configuration.GetSection("Roles"));
        services.AddSingleton(content);
        services.AddSingleton<DialogRunnerSource>();
        var root = configuration.GetSection(CoachingHostOptions.SectionName).Get<CoachingHostOptions>()?.RootDialog ?? "coach";
        if (root == "demo")
        {
            services.AddSingleton<ITurnEnricher, PassThroughTurnEnricher>();
            services.AddSingleton<IDialogRunnerFactory, DemoRunnerFactory>();
            return services;
        }

        services.AddSingleton<ITurnEnricher, RecogniserTurnEnricher>();
        services.AddSingleton<ICallNoteReader, StoredCallNotes>();
        services.TryAddSingleton<ITrainingRecords, StoredTrainingRecords>();
        services.AddSingleton<IDialogRunnerFactory, CoachingRunnerFactory>();
        return services;
    }
}
