namespace CoachBot.Protocol.Connector;

/// <summary>How the Connector client treats a service URL that no authenticated activity came from.</summary>
public enum UntrustedServiceUrlPolicy
{
    /// <summary>Throw a <see cref="ConnectorException"/> with error code <c>UntrustedServiceUrl</c>; nothing is sent.</summary>
    Refuse,

    /// <summary>Send the call without the bot's token (the token is a password: it only goes to trusted URLs).</summary>
    SendWithoutToken,
}
