namespace CoachBot.Protocol.Authentication;

/// <summary>The configured certificate cannot be used; the message says why without the path's secrets or the password.</summary>
public sealed class BotCertificateException : Exception
{
    public BotCertificateException()
    {
    }

    public BotCertificateException(string message)
        : base(message)
    {
    }

    public BotCertificateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
