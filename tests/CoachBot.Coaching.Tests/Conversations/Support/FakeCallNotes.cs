using CoachBot.Coaching.Conversations;

namespace CoachBot.Coaching.Tests.Conversations.Support;

/// <summary>A store of call notes that answers every rep with the same list, as a broken store might: the dialogs must still show a rep only their own.</summary>
internal sealed class FakeCallNotes(IReadOnlyList<CallNotePayload> notes) : ICallNoteReader
{
    public List<string> AskedFor { get; } = [];

    public Task<IReadOnlyList<CallNotePayload>> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        AskedFor.Add(userId);
        return Task.FromResult(notes);
    }
}
