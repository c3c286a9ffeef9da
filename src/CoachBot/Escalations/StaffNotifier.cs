using CoachBot.Dialogs;
using CoachBot.Hosting;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.Turns;

namespace CoachBot.Escalations;

/// <summary>
/// Tells the staffer what happened to their escalation: sent at once, and if the Connector cannot take it
/// now, queued in the outbox so the note still arrives later.
/// </summary>
internal sealed class StaffNotifier(IReplySender sender, EscalationStore escalations, CoachingContent content, ILogger<StaffNotifier> logger)
{
    /// <summary>
    /// Tells the staffer <paramref name="text"/> in the language of the escalation's <paramref name="facts"/>; does
    /// nothing when their chat is gone (null).
    /// </summary>
    public Task TellAsync(ConversationReference? staff, EscalationFacts facts, TextId text, CancellationToken cancellationToken) =>
        TellAsync(staff, facts, language => content.Texts.Format(text, language, EscalationTexts.Who(content.Texts, facts, language)), cancellationToken);

    /// <summary>Tells the staffer the text <paramref name="text"/> makes in their language (for texts that name someone).</summary>
    public async Task TellAsync(ConversationReference? staff, EscalationFacts facts, Func<ReplyLanguage, string> text, CancellationToken cancellationToken)
    {
        if (staff is null)
        {
            return;
        }

        var language = facts.StaffLanguage(staff);
        var envelope = ProactiveActivity.To(staff, new Activity { Text = text(language) });
        try
        {
            await sender.SendAsync(envelope, cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex) when (!ex.Permanent)
        {
            EscalationLog.StaffNoteQueued(logger, ex, envelope.ConversationId);
            await escalations.QueueAsync(envelope, staff.User?.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (OutboxDeliveryException ex)
        {
            // The staffer's conversation is gone (the bot was removed): nobody left to tell.
            EscalationLog.StaffNoteFailed(logger, ex, envelope.ConversationId);
        }
    }
}
