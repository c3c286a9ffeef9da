using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CoachBot.Development;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoachBot.Dashboard;

/// <summary>
/// The dashboard on a developer's machine: no sign-in, but only from this machine. The viewer is the local operator, or
/// with <c>?as=dev-trainer</c> one of the chat page's people (their Entra object id and role, as in Teams), so a
/// developer sees what a trainer or a trainee would.
/// </summary>
internal sealed class DevelopmentViewerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string AsParameter = "as";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The in-process test server gives no address; Kestrel always does. A tunnel (devtunnel, ngrok) connects from this
        // machine too, but says where the request came from or names another host: refused as well.
        var forwarded = Request.Headers.ContainsKey("X-Forwarded-For") || Request.Headers.ContainsKey("X-Forwarded-Host") || Request.Headers.ContainsKey("Forwarded");
        var localHost = Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
        if ((Context.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address)) || forwarded || !localHost)
        {
            return Task.FromResult(AuthenticateResult.Fail("The development dashboard answers only on this machine."));
        }

        var claims = new List<Claim>();
        var asWho = Request.Query[AsParameter].ToString();
        if (asWho.Length == 0)
        {
            claims.Add(new Claim(DashboardSchemes.OperatorClaim, "true"));
            claims.Add(new Claim(DashboardSchemes.NameClaim, "Local operator"));
        }
        else if (DevIdentities.All.FirstOrDefault(i => i.Id == asWho) is { } person)
        {
            claims.Add(new Claim(DashboardSchemes.ObjectIdClaim, person.AadObjectId));
            claims.Add(new Claim(DashboardSchemes.NameClaim, person.Name));
        }
        else
        {
            return Task.FromResult(AuthenticateResult.Fail("No such development identity."));
        }

        var identity = new ClaimsIdentity(claims, Scheme.Name, DashboardSchemes.NameClaim, null);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
