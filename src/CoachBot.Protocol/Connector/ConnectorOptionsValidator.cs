using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Connector;

/// <summary>Checks <see cref="ConnectorOptions"/> and reports every error at once.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.MaxAttempts is < 1 or > 10)
        {
            errors.Add("Bot:Connector:MaxAttempts must be between 1 and 10.");
        }

        if (options.BaseDelay <= TimeSpan.Zero || options.MaxDelay < options.BaseDelay)
        {
            errors.Add("Bot:Connector:BaseDelay must be positive and not above MaxDelay.");
        }

        if (options.MaxRetryAfter <= TimeSpan.Zero)
        {
            errors.Add("Bot:Connector:MaxRetryAfter must be positive.");
        }

        if (!Enum.IsDefined(options.UntrustedServiceUrl))
        {
            errors.Add("Bot:Connector:UntrustedServiceUrl must be Refuse or SendWithoutToken.");
        }

        foreach (var url in options.TrustedServiceUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add($"Bot:Connector:TrustedServiceUrls entry '{url}' must be an absolute https URL.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
