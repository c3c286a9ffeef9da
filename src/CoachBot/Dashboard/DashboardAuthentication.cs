using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Dashboard;

/// <summary>
/// Who may open the dashboard. One policy scheme picks per request: a request with an <c>X-Api-Key</c> header is judged
/// by the key alone; otherwise, in Development, the local viewer (this machine only); otherwise Entra ID sign-in when it
/// is configured (a cookie, and OpenID Connect's authorization code flow with PKCE in the bot's tenant to get one);
/// otherwise nothing gets in. Only the dashboard's endpoints use these schemes: the bot's endpoint keeps its own checks.
/// </summary>
internal static class DashboardAuthentication
{
    public const string Policy = "Dashboard";

    public static IServiceCollection AddDashboardAuthentication(this IServiceCollection services, DashboardOptions options, IHostEnvironment environment)
    {
        var authentication = services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DashboardApiKeyHandler>(DashboardSchemes.ApiKey, null)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentViewerHandler>(DashboardSchemes.Development, null)
            .AddPolicyScheme(DashboardSchemes.Dashboard, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(DashboardSchemes.ApiKeyHeader) ? DashboardSchemes.ApiKey
                : environment.IsDevelopment() ? DashboardSchemes.Development
                : options.EntraConfigured ? DashboardSchemes.Cookie
                : DashboardSchemes.ApiKey);
        if (options.EntraConfigured)
        {
            authentication
                .AddCookie(DashboardSchemes.Cookie, o =>
                {
                    o.Cookie.Name = "coachbot-dashboard";
                    o.Cookie.Path = "/dashboard";
                    o.Cookie.HttpOnly = true;
                    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    o.Cookie.SameSite = SameSiteMode.Lax;
                    o.ExpireTimeSpan = TimeSpan.FromHours(8);
                    o.SlidingExpiration = false;
                    o.ForwardChallenge = DashboardSchemes.Entra;
                })
                .AddOpenIdConnect(DashboardSchemes.Entra, o =>
                {
                    var entra = options.Entra;
                    o.Authority = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
                    o.ClientId = entra.ClientId;
                    o.ClientSecret = entra.ClientSecret;
                    o.ResponseType = "code";
                    o.UsePkce = true;
                    o.CallbackPath = "/dashboard/signin-oidc";
                    o.SignInScheme = DashboardSchemes.Cookie;
                    o.MapInboundClaims = false;
                    o.SaveTokens = false;
                    o.Scope.Clear();
                    o.Scope.Add("openid");
                    o.Scope.Add("profile");

                    // Only the bot's tenant: its v2.0 issuer names it.
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = o.Authority,
                        NameClaimType = DashboardSchemes.NameClaim,
                    };
                });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(DashboardSchemes.Dashboard).RequireAuthenticatedUser());
        return services;
    }
}
