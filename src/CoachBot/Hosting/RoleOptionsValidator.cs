using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Reports every unknown role name in the map at once, at start-up.</summary>
internal sealed class RoleOptionsValidator : IValidateOptions<RoleOptions>
{
    public ValidateOptionsResult Validate(string? name, RoleOptions options)
    {
        var errors = options.Map
            .Where(entry => !RoleOptions.KnownRoles.Contains(entry.Value))
            .Select(entry => $"Roles:Map:{entry.Key} has unknown role '{entry.Value}'.")
            .ToList();
        if (!RoleOptions.KnownRoles.Contains(options.DefaultRole))
        {
            errors.Add($"Roles:DefaultRole '{options.DefaultRole}' is not a known role.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
