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
}
