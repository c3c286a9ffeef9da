using System.ComponentModel.DataAnnotations;

namespace CoachBot.Llm;

/// <summary>
/// The optional LLM that rephrases the rules' words (configuration section "Llm"). Without <see cref="Endpoint"/> and
/// <see cref="Deployment"/> there is none and nothing changes. With them, Azure OpenAI is called with
/// <see cref="ApiKey"/>, or without one with an Entra ID credential (managed identity, environment, developer sign-in).
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>The Azure OpenAI resource, e.g. https://my-resource.openai.azure.com/.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model deployment's name in that resource.</summary>
    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The most a reply waits for a rephrase before the rules' words are sent.</summary>
    [Range(100, 10_000)]
    public int BudgetMilliseconds { get; set; } = 800;

    /// <summary>
    /// When a rephrase is not back within the budget, the rules' words are sent; with this on, the call goes on (up to
    /// <see cref="LateAnswerSeconds"/>) and the message is replaced in place when a rephrase that keeps every fact
    /// arrives. Off by default: a message that changes while the staffer reads it aloud is worse than plain words.
    /// </summary>
    public bool ReplaceInPlace { get; set; }

    /// <summary>How long a late rephrase is waited for when <see cref="ReplaceInPlace"/> is on.</summary>
    [Range(1, 60)]
    public int LateAnswerSeconds { get; set; } = 10;

    /// <summary>The folder of the prompt templates; by default the copy beside the binaries.</summary>
    public string? PromptsDirectory { get; set; }

    /// <summary>Policy words a rephrase may not add (besides the promises the fact guard always refuses).</summary>
    public List<string> PolicyWords { get; } = [];

    /// <summary>Tenants whose users always get the rules' own words.</summary>
    public List<string> DisabledTenants { get; } = [];

    public bool Configured => Endpoint is not null && Deployment is { Length: > 0 };

    public string Prompts => PromptsDirectory ?? Path.Combine(AppContext.BaseDirectory, "prompts");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Endpoint is null) != (Deployment is not { Length: > 0 }))
        {
            yield return new ValidationResult("Llm:Endpoint and Llm:Deployment go together (or neither, for no LLM).", [nameof(Endpoint), nameof(Deployment)]);
        }

        if (ReplaceInPlace && LateAnswerSeconds * 1000 <= BudgetMilliseconds)
        {
            yield return new ValidationResult(
                $"Llm:LateAnswerSeconds ({LateAnswerSeconds} s) must be longer than Llm:BudgetMilliseconds ({BudgetMilliseconds} ms): a late answer comes after the budget.",
                [nameof(LateAnswerSeconds), nameof(BudgetMilliseconds)]);
        }

        if (Endpoint is { } endpoint && endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)
        {
            yield return new ValidationResult($"Llm:Endpoint must be https (it is {endpoint.Scheme}).", [nameof(Endpoint)]);
        }
    }
}
