using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>The coaching bot over a content set, with the configured role map, the host's clock and the stored call notes.</summary>
internal sealed class CoachingRunnerFactory(IOptions<RoleMap> roles, TimeProvider timeProvider, ICallNoteReader callNotes) : IDialogRunnerFactory
{
    public DialogRunner Create(ContentSet content) =>
        CoachingBot.CreateRunner(content, new CoachingOptions { TimeProvider = timeProvider, CallNotes = callNotes }, roles.Value);
}
