using System.ComponentModel.DataAnnotations;

namespace CoachBot.State.Sqlite;

/// <summary>Where the embedded SQLite database lives (configuration section "State:Sqlite").</summary>
public sealed class SqliteStateOptions
{
    public const string SectionName = "State:Sqlite";

    /// <summary>Path of the database file; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "State:Sqlite:Path is required.")]
    public string Path { get; set; } = "data/coachbot.db";

    /// <summary>How long a command waits for a lock before the store is reported down.</summary>
    [Range(1, 120)]
    public int BusyTimeoutSeconds { get; set; } = 5;
}
