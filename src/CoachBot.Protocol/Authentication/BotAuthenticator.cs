using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity the way botframework-connector's
/// <c>JwtTokenValidation.authenticateRequest</c> does: no header is accepted only when no app id is
/// configured; a header is always validated, as a channel token (issuer <c>https://api.botframework.com</c>,
/// audience = app id, <c>serviceurl</c> claim, key endorsements) or as an Entra token (Bot Framework or own
/// tenant issuers; a caller other than this bot must be in <see cref="BotAuthenticationOptions.AllowedCallers"/>).
/// Differences from that library: a valid token that does not fit the activity or caller gives 403 (it gives
/// 401), and an Entra token's audience must be this bot's app id.
/// </summary>
public sealed class BotAuthenticator : IDisposable
{
    private readonly BotAuthenticationOptions _options;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _entraKeys;
    private readonly HashSet<string> _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    public BotAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _trustedServiceUrls = trustedServiceUrls;
        _timeProvider = timeProvider;
        _logger = logger;
        _channelKeys = new SigningKeyCache(TokenSource.Channel, _options.ChannelOpenIdMetadataUrl, httpClientFactory, _options, timeProvider, logger);
        _entraKeys = new SigningKeyCache(TokenSource.Entra, _options.ResolveEntraOpenIdMetadataUrl(), httpClientFactory, _options, timeProvider, logger);
        _entraIssuers = new HashSet<string>(AuthenticationConstants.BotFrameworkEntraIssuers, StringComparer.Ordinal);
        var tenant = _options.MicrosoftAppTenantId?.Trim();
        if (!_options.IsMultiTenant && !string.IsNullOrEmpty(tenant))
        {
            _entraIssuers.Add($"https://sts.windows.net/{tenant}/");
            _entraIssuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
        }
    }

    /// <summary>
    /// Decides whether the request may run. Never throws for bad input. On success with a token, the
    /// activity's service URL becomes trusted for outbound calls.
    /// </summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await DecideAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            AuthLog.Rejected(_logger, result.StatusCode, result.Reason);
        }
        else if (result.IsAnonymous)
        {
            AuthLog.AcceptedAnonymously(_logger);
        }
        else
        {
            _trustedServiceUrls.Add(activity.ServiceUrl);
            AuthLog.Accepted(_logger, result.Source, result.CallerAppId);
        }

        return result;
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }

    private async Task<AuthenticationResult> DecideAsync(string? header, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return _options.HasAppId
                ? AuthenticationResult.Unauthorized("missing Authorization header")
                : AuthenticationResult.Anonymous();
        }

        var parts = header.Trim().Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return AuthenticationResult.Unauthorized("Authorization is not 'Bearer <token>'");
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return AuthenticationResult.Unauthorized("malformed token");
        }

        if (!AuthenticationConstants.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Unauthorized("signing algorithm not allowed");
        }

        var claims = new TokenClaims(token);
        var source = claims.IsSkillClaim() || _entraIssuers.Contains(token.Issuer) ? TokenSource.Entra : TokenSource.Channel;
        var issuerAccepted = source == TokenSource.Entra
            ? _entraIssuers.Contains(token.Issuer)
            : string.Equals(token.Issuer, _options.ChannelIssuer, StringComparison.Ordinal);
        if (!issuerAccepted)
        {
            return AuthenticationResult.Unauthorized("issuer not accepted");
        }

        var verified = await VerifySignatureAsync(token, source, cancellationToken).ConfigureAwait(false);
        if (verified.Failure is not null)
        {
            return verified.Failure;
        }

        var lifetimeProblem = CheckLifetime(token);
        if (lifetimeProblem is not null)
        {
            return AuthenticationResult.Unauthorized(lifetimeProblem);
        }

        return source == TokenSource.Channel
            ? CheckChannelToken(claims, verified.Key!, activity)
            : CheckEntraToken(claims, verified.Key!, activity);
    }

    private async Task<(SigningKey? Key, AuthenticationResult? Failure)> VerifySignatureAsync(
        JsonWebToken token, TokenSource source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid))
        {
            return (null, AuthenticationResult.Unauthorized("token names no signing key"));
        }

        SigningKey? key;
        try
        {
            var cache = source == TokenSource.Channel ? _channelKeys : _entraKeys;
            key = await cache.GetKeyAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        }
        catch (SigningKeysUnavailableException exception)
        {
            return (null, AuthenticationResult.Unavailable($"{source} signing keys unavailable", exception.RetryAfter));
        }

        if (key is null)
        {
            return (null, AuthenticationResult.Unauthorized("unknown signing key"));
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key.Key,
            ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
            RequireSignedTokens = true,
            // Issuer, audience and lifetime are checked by this class (lifetime through TimeProvider).
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateIssuerSigningKey = false,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid ? (key, null) : (null, AuthenticationResult.Unauthorized("signature not valid"));
    }

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return "token has no expiry";
        }

        if (token.ValidTo + _options.ClockSkew < now)
        {
            return "token expired";
        }

        var hasNotBefore = token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out _);
        return hasNotBefore && token.ValidFrom - _options.ClockSkew > now ? "token not yet valid" : null;
    }

    private AuthenticationResult CheckChannelToken(TokenClaims claims, SigningKey key, Activity activity)
    {
        if (!string.Equals(claims.Audience ?? string.Empty, _options.MicrosoftAppId ?? string.Empty, StringComparison.Ordinal))
        {
            return AuthenticationResult.Unauthorized("audience is not this bot");
        }

        if (!IsEndorsed(key, activity.ChannelId))
        {
            return AuthenticationResult.Forbidden("signing key not endorsed for the channel");
        }

        if (!string.IsNullOrWhiteSpace(activity.ServiceUrl)
            && !string.Equals(claims.ServiceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return AuthenticationResult.Forbidden("serviceurl claim does not match the activity");
        }

        return AuthenticationResult.Success(TokenSource.Channel, callerAppId: null);
    }

    private AuthenticationResult CheckEntraToken(TokenClaims claims, SigningKey key, Activity activity)
    {
        var appId = _options.MicrosoftAppId ?? string.Empty;
        if (!string.Equals(claims.Audience, appId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Unauthorized("audience is not this bot");
        }

        var caller = claims.CallerAppId();
        if (string.IsNullOrEmpty(caller))
        {
            return AuthenticationResult.Unauthorized("token names no calling app");
        }

        if (!IsEndorsed(key, activity.ChannelId))
        {
            return AuthenticationResult.Forbidden("signing key not endorsed for the channel");
        }

        var allowed = string.Equals(caller, appId, StringComparison.Ordinal)
            || _options.AllowedCallers.Any(c => c == AuthenticationConstants.AllowAnyCaller || string.Equals(c, caller, StringComparison.Ordinal));
        return allowed
            ? AuthenticationResult.Success(TokenSource.Entra, caller)
            : AuthenticationResult.Forbidden("caller not in AllowedCallers");
    }

    // As botframework-connector: a key without endorsements, or an activity without a channel id, passes.
    private static bool IsEndorsed(SigningKey key, string? channelId) =>
        key.Endorsements.Count == 0
        || string.IsNullOrWhiteSpace(channelId)
        || key.Endorsements.Contains(channelId, StringComparer.Ordinal);
}
