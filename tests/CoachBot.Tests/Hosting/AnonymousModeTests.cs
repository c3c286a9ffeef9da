using CoachBot.Tests.Support;

namespace CoachBot.Tests.Hosting;

/// <summary>Without an app id nobody's identity is checked, so only a developer's machine may run that way.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public void Start_NoAppIdInProduction_RefusesToStartNamingTheSetting()
    {
        using var host = new BotHost { Environment = "Production" };

        var error = Record.Exception(() => host.CreateClient());

        Assert.NotNull(error);
        var messages = StartupFailure.Messages(error);
        Assert.Contains(messages, m => m.Contains("Bot:MicrosoftAppId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_NoAppIdInDevelopment_AnswersWithoutAToken()
    {
        using var host = new BotHost();
        using var client = host.NewChat();

        var replies = await client.SendAsync("hi");

        Assert.Equal("Hi! What's your name?", Assert.Single(replies).Text);
    }
}
