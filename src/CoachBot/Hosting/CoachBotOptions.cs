using System.ComponentModel.DataAnnotations;

namespace CoachBot.Hosting;

/// <summary>Host settings (configuration section "CoachBot").</summary>
public sealed class CoachBotOptions
{
    public const string SectionName = "CoachBot";

    /// <summary>Largest accepted <c>/api/messages</c> body; Teams activities are far smaller.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a redelivered activity gets its original answer instead of a new turn.</summary>
    [Range(1, 24 * 60)]
    public int RedeliveryWindowMinutes { get; set; } = 10;

    /// <summary>How often the outbox is checked for replies and notices that could not be delivered yet.</summary>
    [Range(1, 3600)]
    public int OutboxPollSeconds { get; set; } = 5;

    /// <summary>
    /// Minutes a delivered outbox item is kept (for an operator looking into a delivery) before it is deleted; its
    /// payload is a copy of user data (a reply, a call note), so not for long. Undelivered items are kept until delivered.
    /// </summary>
    [Range(1, 7 * 24 * 60)]
    public int DeliveredOutboxRetentionMinutes { get; set; } = 60;

    /// <summary>
    /// Seconds a turn's own delivery of its replies may take before the channel's request is answered anyway (Teams
    /// gives up on a bot after about 15 s); a reply still being retried then is delivered by the outbox loop.
    /// </summary>
    [Range(1, 10)]
    public int InlineDeliverySeconds { get; set; } = 3;

    /// <summary>
    /// Seconds a sender holds its claim on an outbox item; longer than any one send with the connector's own retries,
    /// so no item is sent twice, and short enough that an item whose sender died is sent soon after.
    /// </summary>
    [Range(30, 3600)]
    public int OutboxLeaseSeconds { get; set; } = 300;

    /// <summary>Attempts before an outbox item is given up (it stays stored, marked failed).</summary>
    [Range(1, 100)]
    public int OutboxMaxAttempts { get; set; } = 8;

    /// <summary>Days after which an untouched dialog state (a conversation left half-way) is deleted.</summary>
    [Range(1, 3650)]
    public int StateRetentionDays { get; set; } = 30;

    /// <summary>
    /// Days a trainee's quiz answer is kept (for "my scores" and spaced repetition) before the retention purge deletes
    /// it; "forget my data" deletes it at once.
    /// </summary>
    [Range(1, 3650)]
    public int TrainingRetentionDays { get; set; } = 365;

    /// <summary>How many times a turn is re-run when another writer changed the dialog state first.</summary>
    [Range(1, 10)]
    public int ConflictRetries { get; set; } = 3;
}
