using Azure.Core;

namespace CoachBot.Llm;

/// <summary>
/// Without <c>Llm:ApiKey</c> the bot signs in to Azure OpenAI with an Entra ID credential, whose first token can take
/// seconds (finding the managed identity, a sign-in): far past a reply's budget. It is asked for once at start-up, in
/// the background, so the first staffer's reply is not the one that waits for it.
/// </summary>
internal sealed partial class LlmCredentialWarmUp(TokenCredential credential, ILogger<LlmCredentialWarmUp> logger) : BackgroundService
{
    /// <summary>The scope Azure OpenAI tokens are issued for.</summary>
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await credential.GetTokenAsync(new TokenRequestContext([Scope]), stoppingToken).ConfigureAwait(false);
            LogReady(logger);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Only a warning: the phraser falls back to the rules' words until a token comes.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 7121, Level = LogLevel.Information, Message = "Signed in to Azure OpenAI with an Entra ID credential")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(EventId = 7122, Level = LogLevel.Warning, Message = "No Entra ID token for Azure OpenAI at start-up ({ExceptionType}): replies keep the rules' words until one is issued")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
