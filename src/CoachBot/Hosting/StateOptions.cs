using System.ComponentModel.DataAnnotations;

namespace CoachBot.Hosting;

/// <summary>Which state store to use (configuration section "State").</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>"Sqlite" (the embedded default) or "InMemory" (tests; nothing survives a restart).</summary>
    [RegularExpression("^(?i:Sqlite|InMemory)$", ErrorMessage = "State:Provider must be Sqlite or InMemory.")]
    public string Provider { get; set; } = "Sqlite";
}
