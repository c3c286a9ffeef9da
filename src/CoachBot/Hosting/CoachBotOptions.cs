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

    /// <summary>Attempts before an outbox item is given up (it stays stored, marked failed).</summary>
    [Range(1, 100)]
    public int OutboxMaxAttempts { get; set; } = 8;

    /// <summary>Days after which an untouched dialog state (a conversation left half-way) is deleted.</summary>
    [Range(1, 3650)]
    public int StateRetentionDays { get; set; } = 30;

    /// <summary>How many times a turn is re-run when another writer changed the dialog state first.</summary>
    [Range(1, 10)]
    public int ConflictRetries { get; set; } = 3;
}
