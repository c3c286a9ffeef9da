using System.ComponentModel.DataAnnotations;

namespace CoachBot.State.Sqlite;

/// <summary>Where the embedded SQLite database lives and how it writes (configuration section "State:Sqlite").</summary>
public sealed class SqliteStateOptions
{
    public const string SectionName = "State:Sqlite";

    /// <summary>Path of the database file; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "State:Sqlite:Path is required.")]
    public string Path { get; set; } = "data/coachbot.db";

    /// <summary>How long a command waits for a lock before the store is reported down.</summary>
    [Range(1, 120)]
    public int BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// "Normal" (default) or "Full". In WAL mode NORMAL syncs the disk at checkpoints only: a committed turn survives
    /// the process crashing or being killed, not a power loss or an operating-system crash. FULL syncs every commit
    /// (once per batch of turns, thanks to group commit) and survives those too.
    /// </summary>
    [RegularExpression("^(?i:Normal|Full)$", ErrorMessage = "State:Sqlite:Synchronous must be Normal or Full.")]
    public string Synchronous { get; set; } = "Normal";

    /// <summary>Connections that serve reads beside the one writer.</summary>
    [Range(1, 64)]
    public int ReaderConnections { get; set; } = 4;

    /// <summary>The most writes committed together in one transaction.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Writes that may wait for the writer; when it is full, callers wait for room (nothing is dropped).</summary>
    [Range(1, 100_000)]
    public int WriteQueueCapacity { get; set; } = 4096;
}
