using CoachBot.Demo;
using CoachBot.Dialogs;

namespace CoachBot.Hosting;

/// <summary>Registers the demo onboarding dialog as the root dialog (until coaching takes over).</summary>
public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoDialogs(this IServiceCollection services)
    {
        services.AddSingleton(_ =>
        {
            var dialogs = new DialogSet().Add(new DemoDialog());
            foreach (var prompt in DemoDialog.Prompts)
            {
                dialogs.Add(prompt);
            }

            return new DialogRunner(dialogs, DemoDialog.DialogId, new DialogRunnerOptions { BeginRootOnWelcome = true });
        });
        return services;
    }
}
