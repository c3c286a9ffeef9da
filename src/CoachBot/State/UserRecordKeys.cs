namespace CoachBot.State;

/// <summary>Record keys of data that belongs to one user, so "forget my data" can find all of it.</summary>
public static class UserRecordKeys
{
    /// <summary>
    /// The start of every key of <paramref name="userId"/>'s records. The id is escaped ('%' and ':'), so one user's
    /// prefix is never the start of another's: channel ids hold colons ("29:1a…"), and unescaped, forgetting user
    /// "29:a" would also have deleted the records of a user "29:a:b". SqliteMigrations' step 3 moved older keys.
    /// </summary>
    public static string Prefix(string userId) => $"user:{Escape(userId)}:";

    public static string CallNote(string userId, long id) => $"{CallNotePrefix(userId)}{id:D12}";

    /// <summary>The start of every key of <paramref name="userId"/>'s call notes (the outbox id makes them sort in saved order).</summary>
    public static string CallNotePrefix(string userId) => $"{Prefix(userId)}call-note:";

    /// <summary>The one record of <paramref name="userId"/>'s quiz reminder settings.</summary>
    public static string QuizReminders(string userId) => $"{Prefix(userId)}quiz-reminders";

    /// <summary>The user's choice of the rules' own words over an LLM's rephrasing ("plain").</summary>
    public static string PlainWording(string userId) => $"{Prefix(userId)}plain-wording";

    private static string Escape(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return userId.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
    }
}
