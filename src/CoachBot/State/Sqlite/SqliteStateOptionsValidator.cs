using Microsoft.Extensions.Options;

namespace CoachBot.State.Sqlite;

/// <summary>Checks the attributes of <see cref="SqliteStateOptions"/> (generated at build time, no reflection).</summary>
[OptionsValidator]
internal sealed partial class SqliteStateOptionsValidator : IValidateOptions<SqliteStateOptions>;
