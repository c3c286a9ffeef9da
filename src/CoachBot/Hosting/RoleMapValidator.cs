using CoachBot.Coaching.Policy;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Every entry of the <c>Roles</c> section must name a known role; each wrong entry is its own error.</summary>
internal sealed class RoleMapValidator : IValidateOptions<RoleMap>
{
    public ValidateOptionsResult Validate(string? name, RoleMap options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"Roles:{p}"));
    }
}
