using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using CoachBot.Coaching.Phrasing;
using CoachBot.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// Registers LLM phrasing: the prompt templates (always loaded and checked at start-up, so a broken template stops the
/// start even before an LLM is configured), and, only when <c>Llm:Endpoint</c> and <c>Llm:Deployment</c> are set, the
/// Azure OpenAI chat client (as <see cref="IChatClient"/>) and the <see cref="LlmPhraser"/> over it.
/// </summary>
public static class LlmServiceCollectionExtensions
{
    public static async Task<IServiceCollection> AddCoachBotLlmAsync(this IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptionsWithValidateOnStart<LlmOptions, LlmOptionsValidator>().Bind(section);
        var options = section.Get<LlmOptions>() ?? new LlmOptions();
        var (prompts, errors) = await PromptLibrary.LoadAsync(options.Prompts, cancellationToken).ConfigureAwait(false);
        if (prompts is null)
        {
            throw new StartupConfigurationException(errors.Select(e => $"prompts in {options.Prompts}: {e}"));
        }

        services.AddSingleton(prompts);
        services.AddSingleton<ReplyPhraser>();
        services.AddSingleton<WordingCommands>();
        services.AddSingleton<LateRephraser>();
        services.AddHostedService(sp => sp.GetRequiredService<LateRephraser>());
        if (!options.Configured)
        {
            return services;
        }

        if (options.ApiKey is not { Length: > 0 })
        {
            services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
            services.AddHostedService<LlmCredentialWarmUp>();
        }

        services.AddSingleton<IChatClient>(sp =>
        {
            // No retries inside the client: a reply waits at most the budget, and a retry after a 500 would outlast it. The
            // phraser's circuit, not the client, deals with a service that keeps failing.
            var clientOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = TimeSpan.FromSeconds(10) };
            var client = options.ApiKey is { Length: > 0 } key
                ? new AzureOpenAIClient(options.Endpoint!, new ApiKeyCredential(key), clientOptions)
                : new AzureOpenAIClient(options.Endpoint!, sp.GetRequiredService<TokenCredential>(), clientOptions);
            return client.GetChatClient(options.Deployment).AsIChatClient();
        });
        services.AddSingleton(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new LlmPhraser(
                sp.GetRequiredService<IChatClient>(),
                sp.GetRequiredService<PromptLibrary>(),
                new FactGuard(new FactGuardOptions { PolicyWords = llm.PolicyWords }),
                new PhraserOptions
                {
                    Budget = TimeSpan.FromMilliseconds(llm.BudgetMilliseconds),
                    LateAnswerTimeout = llm.ReplaceInPlace ? TimeSpan.FromSeconds(llm.LateAnswerSeconds) : null,
                },
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<LlmPhraser>>(),
                sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        });
        return services;
    }
}

/// <summary>Checks <see cref="LlmOptions"/> at start-up: the attributes, then the rules across settings.</summary>
[OptionsValidator]
internal sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>;
