using System.Text.Json;
using CoachBot.Coaching.Conversations;
using CoachBot.Outbox;
using CoachBot.State;

namespace CoachBot.Effects;

/// <summary>
/// Keeps helpful / not helpful votes for analytics: rule ids, intent and classification only, no user text. The
/// vote is stored as the voter's, so "forget my data" deletes it with the rest.
/// </summary>
internal sealed partial class FeedbackOutboxHandler(IStateStore store, TimeProvider timeProvider, ILogger<FeedbackOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => "feedback";

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var vote = OutboxPayload.Read<FeedbackPayload>(item);
        var record = new
        {
            at = timeProvider.GetUtcNow(),
            ruleIds = vote.RuleIds,
            helpful = vote.Helpful,
            intent = vote.Intent,
            classification = vote.Classification,
        };
        var key = $"feedback:{item.Id:D12}";
        var json = JsonSerializer.Serialize(record);
        await (item.UserId is { Length: > 0 } userId
            ? store.SetUserRecordAsync(userId, key, json, null, cancellationToken)
            : store.SetRecordAsync(key, json, cancellationToken)).ConfigureAwait(false);
        LogFeedback(logger, record.intent, record.classification, record.helpful);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Feedback on {Intent}/{Classification}: helpful={Helpful}")]
    private static partial void LogFeedback(ILogger logger, string? intent, string? classification, bool helpful);
}
