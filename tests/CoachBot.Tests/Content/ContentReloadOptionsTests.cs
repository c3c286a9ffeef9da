using CoachBot.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Content;

/// <summary>
/// Content reload is on by default with a half-second debounce; a debounce that cannot work is a configuration error
/// found at start-up, by the same check the host runs before anything else (<c>ValidateConfiguration</c>). A plain
/// host: the web host's own start-up failure races inside WebApplicationFactory.
/// </summary>
public sealed class ContentReloadOptionsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-500")]
    [InlineData("600000")]
    public void Start_DebounceOutOfRange_RefusesToStartNamingTheSetting(string value)
    {
        using var host = Build(("Content:Reload:DebounceMilliseconds", value));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("DebounceMilliseconds", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NoSection_ReloadIsOnWithAHalfSecondDebounce()
    {
        using var host = Build();

        var options = host.Services.GetRequiredService<IOptions<ContentReloadOptions>>().Value;

        Assert.Equal((true, 500), (options.Enabled, options.DebounceMilliseconds));
    }

    [Fact]
    public void Options_TurnedOff_IsOff()
    {
        using var host = Build(("Content:Reload:Enabled", "false"));

        Assert.False(host.Services.GetRequiredService<IOptions<ContentReloadOptions>>().Value.Enabled);
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddCoachBotContentReload(builder.Configuration);
        return builder.Build();
    }
}
