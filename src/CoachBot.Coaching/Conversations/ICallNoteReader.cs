namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Reads a rep's saved call notes from wherever the host keeps them (see <see cref="SideEffectKinds.CallNote"/>), so the
/// dialogs can list them without knowing the store.
/// </summary>
public interface ICallNoteReader
{
    /// <summary>The notes saved by <paramref name="userId"/> (the channel's id of the rep) and not yet expired, oldest first.</summary>
    Task<IReadOnlyList<CallNotePayload>> ReadAsync(string userId, CancellationToken cancellationToken);
}
