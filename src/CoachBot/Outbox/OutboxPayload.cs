using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.State;

namespace CoachBot.Outbox;

/// <summary>
/// Reads an outbox item's payload as the coaching record it was written from (<see cref="SideEffect.Create{T}"/>, with
/// the same serializer options), so a handler works with typed fields instead of probing JSON.
/// </summary>
internal static class OutboxPayload
{
    /// <exception cref="OutboxDeliveryException">The payload is not a <typeparamref name="T"/> (permanent: a retry cannot fix it).</exception>
    public static T Read<T>(OutboxItem item)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(item.PayloadJson, DialogStateSerializer.Options)
                ?? throw new OutboxDeliveryException($"An empty {item.Kind} payload.", permanent: true);
        }
        catch (JsonException ex)
        {
            throw new OutboxDeliveryException($"A {item.Kind} payload that is not a {typeof(T).Name}.", permanent: true, ex);
        }
    }
}
