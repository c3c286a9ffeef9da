using CoachBot.Coaching.Conversations;
using CoachBot.Dialogs;

namespace CoachBot.Cli;

/// <summary>
/// The terminal chat's call notes: those saved in this session, kept in memory (the host keeps them in its store), so
/// "my notes" lists what "After the call" just saved.
/// </summary>
internal sealed class TerminalCallNotes : ICallNoteReader
{
    private readonly List<CallNotePayload> _notes = [];

    /// <summary>Keeps the call notes a turn saved.</summary>
    public void Keep(IReadOnlyList<SideEffect> effects)
    {
        foreach (var effect in effects)
        {
            if (effect.Kind == SideEffectKinds.CallNote && DialogStateSerializer.FromElement<CallNotePayload>(effect.Payload) is { } note)
            {
                _notes.Add(note);
            }
        }
    }

    public Task<IReadOnlyList<CallNotePayload>> ReadAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CallNotePayload>>([.. _notes]);
}
