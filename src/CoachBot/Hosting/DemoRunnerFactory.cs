using CoachBot.Coaching.Content;
using CoachBot.Demo;
using CoachBot.Dialogs;
using CoachBot.Turns;

namespace CoachBot.Hosting;

/// <summary>The protocol demo dialog, with the engine's texts from the content set.</summary>
internal sealed class DemoRunnerFactory : IDialogRunnerFactory
{
    public DialogRunner Create(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var dialogs = new DialogSet().Add(new DemoDialog());
        foreach (var prompt in DemoDialog.Prompts)
        {
            dialogs.Add(prompt);
        }

        return new DialogRunner(dialogs, DemoDialog.DialogId, new DialogRunnerOptions { Texts = content.Texts, BeginRootOnWelcome = true });
    }
}
