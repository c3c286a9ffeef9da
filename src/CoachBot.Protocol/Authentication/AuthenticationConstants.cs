using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>Fixed values of Bot Framework authentication (botframework-connector's AuthenticationConstants).</summary>
internal static class AuthenticationConstants
{
    public static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Issuers of Entra tokens minted for Bot Framework apps (v1 and v2 tokens, auth v3.1 and v3.2).</summary>
    public static readonly string[] BotFrameworkEntraIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The audience of tokens the channel service uses for itself; never a bot's app id.</summary>
    public const string BotFrameworkAudience = "https://api.botframework.com";

    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string AllowAnyCaller = "*";
}
