using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;
using CoachBot.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>The coaching bot over a content set, with the configured role map, the host's clock, the stored call notes and quiz results.</summary>
internal sealed class CoachingRunnerFactory(IOptions<RoleMap> roles, TimeProvider timeProvider, ICallNoteReader callNotes, ITrainingRecords training, IOptions<CoachingHostOptions> host) : IDialogRunnerFactory
{
    public DialogRunner Create(ContentSet content) =>
        CoachingBot.CreateRunner(
            content,
            new CoachingOptions
            {
                TimeProvider = timeProvider,
                CallNotes = callNotes,
                Training = training,
                ReminderHours = (host.Value.ReminderStart, host.Value.ReminderEnd),
            },
            roles.Value);
}
