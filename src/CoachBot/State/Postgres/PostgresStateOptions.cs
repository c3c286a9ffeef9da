using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CoachBot.State.Postgres;

/// <summary>The PostgreSQL store (configuration section "State:Postgres"), for several instances sharing one database.</summary>
public sealed class PostgresStateOptions : IValidatableObject
{
    public const string SectionName = "State:Postgres";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=coachbot;Username=coachbot;Password=…</c>.</summary>
    [Required(ErrorMessage = "State:Postgres:ConnectionString is required with State:Provider=Postgres.")]
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException ex)
        {
            // The message names the key, never the value: a connection string carries a password.
            problem = $"State:Postgres:ConnectionString is not a valid connection string ({ex.Message.Split('\'')[0].Trim()}).";
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(ConnectionString)]);
        }
    }
}

/// <summary>Checks <see cref="PostgresStateOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class PostgresStateOptionsValidator : IValidateOptions<PostgresStateOptions>;
