using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>
/// Something the host must do after the turn (for example send an escalation); written to an outbox in the
/// same transaction as the state, so it happens exactly when the turn is committed.
/// </summary>
public sealed record SideEffect(string Kind, JsonElement Payload)
{
    /// <summary>A side effect whose payload is <paramref name="payload"/> serialised with <see cref="DialogStateSerializer.Options"/>.</summary>
    public static SideEffect Create<T>(string kind, T payload) => new(kind, DialogStateSerializer.ToElement(payload));

    /// <summary>
    /// When the payload is user data past its retention (a saved note): the host deletes every copy it keeps of the
    /// effect by then, delivered or not. Null: the host's own retention applies.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
