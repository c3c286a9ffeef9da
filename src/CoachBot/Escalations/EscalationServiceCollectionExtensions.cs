using CoachBot.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Escalations;

/// <summary>Registers the escalation flow: the manager commands, delivery to the duty desk, and reminders.</summary>
public static class EscalationServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotEscalations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<EscalationOptions, EscalationOptionsValidator>()
            .Bind(configuration.GetSection(EscalationOptions.SectionName));
        services.TryAddSingleton<EscalationStore>();
        services.TryAddSingleton<StaffNotifier>();
        services.TryAddSingleton<EscalationCommands>();

        // TryAddEnumerable: a handler registered twice would give the outbox dispatcher two handlers for one kind.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, EscalationOutboxHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, EscalationReminderHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, EscalationCardUpdateHandler>());
        return services;
    }
}
