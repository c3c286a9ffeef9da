namespace CoachBot.State;

/// <summary>Record keys of data that belongs to one user, so "forget my data" can find all of it.</summary>
public static class UserRecordKeys
{
    public static string Prefix(string userId) => $"user:{userId}:";

    public static string CallNote(string userId, long id) => $"{Prefix(userId)}call-note:{id:D12}";
}
