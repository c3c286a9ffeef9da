using CoachBot.Tests.Support;

namespace CoachBot.Tests.Llm;

/// <summary>LLM settings a host cannot run with stop it at start-up, naming the setting.</summary>
public sealed class LlmOptionsTests
{
    [Theory]
    [InlineData("Llm:Endpoint", "https://my-resource.openai.azure.com/", "Llm:Endpoint and Llm:Deployment go together")]
    [InlineData("Llm:Deployment", "coach-gpt", "Llm:Endpoint and Llm:Deployment go together")]
    [InlineData("Llm:BudgetMilliseconds", "50", "BudgetMilliseconds")]
    [InlineData("Llm:PromptsDirectory", "/nowhere/prompts", "the prompts folder is missing")]
    public void Start_WithABadSetting_RefusesNamingIt(string key, string value, string named)
    {
        using var host = new BotHost();
        host.Settings[key] = value;

        var error = Record.Exception(() => host.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(StartupFailure.Messages(error), m => m.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_ReplaceInPlaceWithALateAnswerNoLongerThanTheBudget_RefusedNamingBoth()
    {
        using var host = new BotHost();
        host.Settings["Llm:ReplaceInPlace"] = "true";
        host.Settings["Llm:LateAnswerSeconds"] = "2";
        host.Settings["Llm:BudgetMilliseconds"] = "2000";

        var error = Record.Exception(() => host.CreateClient());

        Assert.Contains(StartupFailure.Messages(error), m => m.Contains("Llm:LateAnswerSeconds (2 s) must be longer than Llm:BudgetMilliseconds (2000 ms)", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_PlainHttpEndpointOffThisMachine_Refused()
    {
        using var host = new BotHost();
        host.Settings["Llm:Endpoint"] = "http://my-resource.openai.azure.com/";
        host.Settings["Llm:Deployment"] = "coach-gpt";

        var error = Record.Exception(() => host.CreateClient());

        Assert.Contains(StartupFailure.Messages(error), m => m.Contains("Llm:Endpoint must be https", StringComparison.Ordinal));
    }
}
