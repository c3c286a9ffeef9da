using Azure.Core;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>
/// Without <c>Llm:ApiKey</c> the host signs in with an Entra ID credential and asks it for an Azure OpenAI token once at
/// start-up, so the first staffer's reply does not wait for a slow first sign-in; a credential that fails leaves the
/// host running (replies keep the rules' words).
/// </summary>
public sealed class LlmCredentialTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_WithoutAnApiKey_TheCredentialIsAskedForAnAzureOpenAiTokenAtOnce(bool fails)
    {
        var credential = new FakeCredential(fails);
        using var host = new BotHost { Replace = services => services.AddSingleton<TokenCredential>(credential) };
        host.Settings["Llm:Endpoint"] = "https://coach.openai.azure.com/";
        host.Settings["Llm:Deployment"] = "coach-gpt";

        using var client = host.CreateClient();
        var scopes = await credential.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(["https://cognitiveservices.azure.com/.default"], scopes);
        Assert.True(health.IsSuccessStatusCode);
    }

    /// <summary>An Entra ID credential that records what it was asked for, and issues a token or fails.</summary>
    private sealed class FakeCredential(bool fails) : TokenCredential
    {
        public TaskCompletionSource<string[]> Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Asked.TrySetResult(requestContext.Scopes);
            return fails
                ? ValueTask.FromException<AccessToken>(new InvalidOperationException("no managed identity here"))
                : ValueTask.FromResult(new AccessToken("fake-token", TimeProvider.System.GetUtcNow().AddHours(1)));
        }
    }
}
