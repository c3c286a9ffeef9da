using System.ComponentModel.DataAnnotations;

namespace CoachBot.Hosting;

/// <summary>Which state store to use (configuration section "State").</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>
    /// "Sqlite" (the embedded default), "Postgres" (several instances sharing one database) or "InMemory" (tests;
    /// nothing survives a restart).
    /// </summary>
    [RegularExpression("^(?i:Sqlite|Postgres|InMemory)$", ErrorMessage = "State:Provider must be Sqlite, Postgres or InMemory.")]
    public string Provider { get; set; } = "Sqlite";
}
