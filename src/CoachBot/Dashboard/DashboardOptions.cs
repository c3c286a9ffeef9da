using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dashboard;

/// <summary>
/// The trainer dashboard (configuration section "Dashboard"). In Development it answers only on this machine, without
/// sign-in. In production it needs at least one of: an API key (the operator's full view, for scripts and exports) or
/// Entra ID sign-in (OpenID Connect in the bot's tenant), where a trainer sees the teams <c>Roles:TrainerTeams</c> gives
/// them and anyone else only their own results. With neither, every request is refused.
/// </summary>
public sealed class DashboardOptions : IValidatableObject
{
    public const string SectionName = "Dashboard";

    /// <summary>Sent as the <c>X-Api-Key</c> header; gives the operator's full view. At least 32 characters.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many days back the reports go.</summary>
    [Range(1, 3650)]
    public int Days { get; set; } = 90;

    public EntraSettings Entra { get; set; } = new();

    public bool EntraConfigured => Entra.ClientId is { Length: > 0 };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey is not null && ApiKey.Length < 32)
        {
            yield return new ValidationResult("Dashboard:ApiKey must be at least 32 characters (or left out).", [nameof(ApiKey)]);
        }

        var entra = new[] { Entra.TenantId, Entra.ClientId, Entra.ClientSecret };
        if (entra.Any(v => v is { Length: > 0 }) && entra.Any(v => v is not { Length: > 0 }))
        {
            yield return new ValidationResult(
                "Dashboard:Entra needs TenantId, ClientId and ClientSecret together (the dashboard's app registration), or none of them.",
                [nameof(Entra)]);
        }
    }

    /// <summary>The dashboard's Entra ID app registration (a web app whose redirect URI is <c>{host}/dashboard/signin-oidc</c>).</summary>
    public sealed class EntraSettings
    {
        public string Instance { get; set; } = "https://login.microsoftonline.com/";

        /// <summary>The bot's tenant: only its accounts can sign in.</summary>
        public string? TenantId { get; set; }

        public string? ClientId { get; set; }

        public string? ClientSecret { get; set; }
    }
}
