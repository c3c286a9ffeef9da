using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoachBot.Dashboard;

/// <summary>The <c>X-Api-Key</c> header against <see cref="DashboardOptions.ApiKey"/>: a match is the operator's full view.</summary>
internal sealed class DashboardApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<DashboardOptions> dashboard) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(DashboardSchemes.ApiKeyHeader, out var given) || given.Count != 1)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var expected = dashboard.Value.ApiKey;
        if (expected is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[0] ?? string.Empty), Encoding.UTF8.GetBytes(expected)))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key does not match."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(DashboardSchemes.OperatorClaim, "true"), new Claim(DashboardSchemes.NameClaim, "API key")], Scheme.Name, DashboardSchemes.NameClaim, null);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
