using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Without an app id nobody's identity is checked: allowed only in the Development environment.</summary>
internal sealed class AnonymousModeValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.HasAppId || environment.IsDevelopment()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Bot:MicrosoftAppId is not configured, and running without one (anonymously) is only allowed in the Development environment, not in {environment.EnvironmentName}: " +
                "set Bot:MicrosoftAppId, Bot:MicrosoftAppPassword (or Bot:MicrosoftAppCertificatePath) and Bot:MicrosoftAppTenantId, or run with ASPNETCORE_ENVIRONMENT=Development.");
    }
}
