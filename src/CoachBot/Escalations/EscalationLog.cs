namespace CoachBot.Escalations;

/// <summary>The escalation flow's log lines: ids and statuses only, never what anyone typed.</summary>
internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Escalation {EscalationId} sent to duty desk {ConversationId}")]
    public static partial void Sent(ILogger logger, long escalationId, string? conversationId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Escalation {EscalationId} could not be sent: no duty desk registered; the staffer was told to phone")]
    public static partial void NoDesk(ILogger logger, long escalationId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Could not tell conversation {ConversationId} about its escalation; the conversation is gone")]
    public static partial void StaffNoteFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Escalation {EscalationId} could not reach duty desk {ConversationId}; the staffer was told to phone")]
    public static partial void DeskUnreachable(ILogger logger, Exception exception, long escalationId, string? conversationId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Escalation {EscalationId} was already handled; not sent again")]
    public static partial void AlreadyHandled(ILogger logger, long escalationId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Note about an escalation to {ConversationId} could not be sent now; queued in the outbox")]
    public static partial void StaffNoteQueued(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Escalation {EscalationId} has an unreadable payload; the desk gets a card without its facts")]
    public static partial void UnreadablePayload(ILogger logger, long escalationId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Escalation {EscalationId} acknowledged in {ConversationId}")]
    public static partial void Acknowledged(ILogger logger, long escalationId, string conversationId);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Escalation action refused in {ConversationId}: the sender has no manager role")]
    public static partial void Refused(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Duty desk registered: {ConversationId}")]
    public static partial void DeskRegistered(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Escalation {EscalationId} reminder {Number} sent to duty desk {ConversationId}")]
    public static partial void ReminderSent(ILogger logger, long escalationId, int number, string? conversationId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Escalation {EscalationId} reminder {Number} not needed: {Status}")]
    public static partial void ReminderSkipped(ILogger logger, long escalationId, int number, string status);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Escalation {EscalationId} unacknowledged after {Reminders} reminders; the staffer was told to phone")]
    public static partial void Unanswered(ILogger logger, long escalationId, int reminders);
}
