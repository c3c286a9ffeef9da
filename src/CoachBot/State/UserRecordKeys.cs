namespace CoachBot.State;

/// <summary>Record keys of data that belongs to one user, so "forget my data" can find all of it.</summary>
public static class UserRecordKeys
{
    public static string Prefix(string userId) => $"user:{userId}:";

    public static string CallNote(string userId, long id) => $"{CallNotePrefix(userId)}{id:D12}";

    /// <summary>The start of every key of <paramref name="userId"/>'s call notes (the outbox id makes them sort in saved order).</summary>
    public static string CallNotePrefix(string userId) => $"{Prefix(userId)}call-note:";
}
