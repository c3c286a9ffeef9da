namespace CoachBot.Coaching.Conversations;

/// <summary>Where nothing keeps call notes (the terminal chat, tests of the dialogs alone): every rep has none.</summary>
public sealed class NoCallNotes : ICallNoteReader
{
    /// <summary>The one instance.</summary>
    public static NoCallNotes Instance { get; } = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<CallNotePayload>> ReadAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CallNotePayload>>([]);
}
