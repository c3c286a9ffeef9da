using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Evaluation;

/// <summary>
/// The frozen / tuning split, decided by the id alone so that it was fixed before anything was run and a new
/// case cannot be placed where it suits: frozen when the first byte of SHA-256(UTF-8 id) is below 128.
/// </summary>
public static class FirstReplySplit
{
    public static bool IsFrozen(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] < 128;
    }

    /// <summary>The SHA-256 of a file's bytes, lower-case hex (the README's checksum of the frozen part).</summary>
    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
