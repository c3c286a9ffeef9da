using Microsoft.IdentityModel.JsonWebTokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>The claims that route and check a Bot Framework token (botframework-connector's claim rules).</summary>
internal sealed class TokenClaims(JsonWebToken token)
{
    public string? Audience { get; } = SingleString(token, JwtRegisteredClaimNames.Aud);

    public string? Version { get; } = SingleString(token, AuthenticationConstants.VersionClaim);

    public string? ServiceUrl { get; } = SingleString(token, AuthenticationConstants.ServiceUrlClaim);

    /// <summary>The calling app: <c>appid</c> for version 1.0 (or no version), <c>azp</c> for 2.0, else none.</summary>
    public string? CallerAppId() => Version switch
    {
        null or "" or "1.0" => SingleString(token, AuthenticationConstants.AppIdClaim),
        "2.0" => SingleString(token, AuthenticationConstants.AuthorizedPartyClaim),
        _ => null,
    };

    /// <summary>
    /// A token from another bot: it has a version, an audience that is an app id, and a caller
    /// different from that audience.
    /// </summary>
    public bool IsSkillClaim()
    {
        if (string.IsNullOrEmpty(Version) || string.IsNullOrEmpty(Audience)
            || string.Equals(Audience, AuthenticationConstants.BotFrameworkAudience, StringComparison.Ordinal))
        {
            return false;
        }

        var caller = CallerAppId();
        return !string.IsNullOrEmpty(caller) && !string.Equals(caller, Audience, StringComparison.Ordinal);
    }

    // A claim given as an array (e.g. several audiences) is never equal to one configured value.
    private static string? SingleString(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) ? value : null;
}
