using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Authentication;

/// <summary>Checks <see cref="BotAuthenticationOptions"/> and reports every error at once, at start-up.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private static void CheckCertificate(BotAuthenticationOptions options, List<string> errors)
    {
        if (!options.HasAppId)
        {
            errors.Add("Bot:MicrosoftAppCertificatePath is set but Bot:MicrosoftAppId is not.");
        }

        if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            errors.Add("Bot:MicrosoftAppPassword and Bot:MicrosoftAppCertificatePath are both set: use one credential.");
        }

        // Loaded once here so a wrong file or password stops the start, not the first reply.
        try
        {
            BotCertificate.Load(options.MicrosoftAppCertificatePath!, options.MicrosoftAppCertificatePassword).Dispose();
        }
        catch (BotCertificateException ex)
        {
            errors.Add($"Bot:MicrosoftAppCertificatePath {ex.Message}.");
        }
    }

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var appType = options.MicrosoftAppType;
        var knownType = string.Equals(appType, BotAuthenticationOptions.SingleTenant, StringComparison.OrdinalIgnoreCase)
            || string.Equals(appType, BotAuthenticationOptions.MultiTenant, StringComparison.OrdinalIgnoreCase);
        if (!knownType)
        {
            errors.Add("Bot:MicrosoftAppType must be SingleTenant or MultiTenant.");
        }

        if (!options.HasAppId && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            errors.Add("Bot:MicrosoftAppPassword is set but Bot:MicrosoftAppId is not.");
        }

        if (options.HasAppId && string.IsNullOrEmpty(options.MicrosoftAppPassword) && !options.UsesCertificate)
        {
            errors.Add("Bot:MicrosoftAppPassword is required when Bot:MicrosoftAppId is set (replies need a token), or Bot:MicrosoftAppCertificatePath.");
        }

        if (options.UsesCertificate)
        {
            CheckCertificate(options, errors);
        }

        if (options.HasAppId && knownType && !options.IsMultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add("Bot:MicrosoftAppTenantId is required for a SingleTenant bot.");
        }

        var tenant = options.MicrosoftAppTenantId;
        if (!string.IsNullOrWhiteSpace(tenant) && tenant.Trim().Any(c => c == '/' || c == '?' || c == '#' || char.IsWhiteSpace(c)))
        {
            errors.Add("Bot:MicrosoftAppTenantId must be a tenant id or domain, not a URL.");
        }

        var allowHttp = options.AllowHttpOnLoopback;
        AddIfError(errors, EndpointRules.Check(nameof(options.ChannelOpenIdMetadataUrl), options.ChannelOpenIdMetadataUrl, allowHttp));
        AddIfError(errors, EndpointRules.Check(nameof(options.EntraOpenIdMetadataUrl), options.ResolveEntraOpenIdMetadataUrl(), allowHttp));
        if (options.HasAppId)
        {
            AddIfError(errors, EndpointRules.Check(nameof(options.TokenEndpoint), options.ResolveTokenEndpoint(), allowHttp));
        }

        if (string.IsNullOrWhiteSpace(options.ChannelIssuer))
        {
            errors.Add("Bot:ChannelIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            errors.Add("Bot:OAuthScope must not be empty.");
        }

        if (options.AllowedCallers.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("Bot:AllowedCallers must not contain empty entries.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromHours(1))
        {
            errors.Add("Bot:ClockSkew must be between 0 and 1 hour.");
        }

        if (options.SigningKeyRefreshInterval <= TimeSpan.Zero || options.UnknownKeyRefreshInterval <= TimeSpan.Zero)
        {
            errors.Add("Bot:SigningKeyRefreshInterval and Bot:UnknownKeyRefreshInterval must be positive.");
        }

        if (options.SigningKeyFetchRetryDelay <= TimeSpan.Zero || options.SigningKeyFetchMaxRetryDelay < options.SigningKeyFetchRetryDelay)
        {
            errors.Add("Bot:SigningKeyFetchRetryDelay must be positive and not above Bot:SigningKeyFetchMaxRetryDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddIfError(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
