using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>Delivers one kind of outbox item (a reply, an escalation notice …).</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    /// <summary>Delivers the item; throws <see cref="OutboxDeliveryException"/> (or a transport error) when it could not.</summary>
    Task HandleAsync(OutboxItem item, CancellationToken cancellationToken);
}
