using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.Demo;
using CoachBot.State;
using CoachBot.Dialogs;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

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
        var root = configuration.GetSection(CoachingHostOptions.SectionName).Get<CoachingHostOptions>()?.RootDialog ?? "coach";
        if (root == "demo")
        {
            services.AddSingleton<ITurnEnricher, PassThroughTurnEnricher>();
            services.AddSingleton(_ => DemoRunner(content.Texts));
            return services;
        }

        services.AddSingleton<ITurnEnricher>(_ => new RecogniserTurnEnricher(content.Recogniser));
        services.AddSingleton<ICallNoteReader, StoredCallNotes>();
        services.AddSingleton(sp => CoachingBot.CreateRunner(
            content.Knowledge,
            content.Recogniser,
            content.Policy,
            content.Texts,
            sp.GetRequiredService<IOptions<RoleMap>>().Value,
            new CoachingOptions { TimeProvider = sp.GetRequiredService<TimeProvider>(), CallNotes = sp.GetRequiredService<ICallNoteReader>() }));
        return services;
    }

    private static DialogRunner DemoRunner(TextCatalog texts)
    {
        var dialogs = new DialogSet().Add(new DemoDialog());
        foreach (var prompt in DemoDialog.Prompts)
        {
            dialogs.Add(prompt);
        }

        return new DialogRunner(dialogs, DemoDialog.DialogId, new DialogRunnerOptions { Texts = texts, BeginRootOnWelcome = true });
    }
}
