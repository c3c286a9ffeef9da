using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>A published signing key and the channels it may sign for (empty: no restriction).</summary>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyList<string> Endorsements);
