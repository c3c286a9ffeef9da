using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The bot's certificate credential (<c>Bot:MicrosoftAppCertificatePath</c>), for the client-credentials grant with
/// a signed client assertion instead of a client secret: a PEM file with the certificate and its private key (the key
/// may be encrypted with <c>Bot:MicrosoftAppCertificatePassword</c>), or a PKCS#12 file (<c>.pfx</c>, <c>.p12</c>).
/// </summary>
public static class BotCertificate
{
    /// <summary>Loads the certificate with its RSA private key.</summary>
    /// <exception cref="BotCertificateException">The file is missing, unreadable, or holds no RSA private key; the message never holds the password.</exception>
    public static X509Certificate2 Load(string path, string? password)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        X509Certificate2 certificate;
        try
        {
            var extension = Path.GetExtension(path);
            certificate = extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, password)
                : string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, password);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new BotCertificateException($"could not be read as a certificate with its private key ({ex.GetType().Name})", ex);
        }

        using var key = certificate.GetRSAPrivateKey();
        if (key is null)
        {
            certificate.Dispose();
            throw new BotCertificateException("holds no RSA private key (Entra signs client assertions with RSA)");
        }

        return certificate;
    }
}
