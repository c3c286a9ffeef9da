namespace CoachBot.Protocol.Authentication;

/// <summary>Who issued the token that authenticated a request.</summary>
public enum TokenSource
{
    /// <summary>No token (anonymous development mode).</summary>
    None,

    /// <summary>The Bot Framework channel service (Teams, Web Chat …): issuer <c>https://api.botframework.com</c>.</summary>
    Channel,

    /// <summary>Microsoft Entra ID: another bot (skill) or the Emulator.</summary>
    Entra,
}
