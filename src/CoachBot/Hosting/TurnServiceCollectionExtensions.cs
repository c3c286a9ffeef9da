using CoachBot.ChannelQuizzes;
using CoachBot.Coaching.Conversations;
using CoachBot.Effects;
using CoachBot.Escalations;
using CoachBot.Outbox;
using CoachBot.Reminders;
using CoachBot.State;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Hosting;

/// <summary>Registers the turn pipeline: routing, the per-conversation gate, the outbox and its worker.</summary>
public static class TurnServiceCollectionExtensions
{
    public static IServiceCollection AddCoachBotTurns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<CoachBotOptions, CoachBotOptionsValidator>()
            .Bind(configuration.GetSection(CoachBotOptions.SectionName));
        services.AddSingleton<RoleResolver>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<FailedTurnRecorder>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<StateRetention>();
        services.AddSingleton<IReplySender, ConnectorReplySender>();
        services.AddSingleton<IOutboxHandler, ReplyOutboxHandler>();
        services.AddSingleton<IOutboxHandler, FeedbackOutboxHandler>();
        services.AddSingleton<IOutboxHandler, ForgetUserOutboxHandler>();
        services.AddSingleton<IOutboxHandler, CallNoteOutboxHandler>();
        services.AddSingleton<IOutboxHandler, QuizAnswerOutboxHandler>();
        services.AddSingleton<IOutboxHandler, RolePlayResultOutboxHandler>();
        services.TryAddSingleton<ITrainingRecords, StoredTrainingRecords>();
        services.AddSingleton<QuizReminderStore>();
        services.AddSingleton<IOutboxHandler, QuizRemindersHandler>();
        services.AddSingleton<IOutboxHandler, QuizReminderCheckHandler>();
        services.AddCoachBotEscalations(configuration);
        services.AddCoachBotChannelQuizzes(configuration);
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
