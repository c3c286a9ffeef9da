using CoachBot.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.RateLimiting;

/// <summary>
/// A rate limit that cannot work (no tokens, no refill) is a configuration error found at start-up, every one
/// reported. A plain host: the web host's own start-up failure races inside WebApplicationFactory.
/// </summary>
public sealed class RateLimitingOptionsTests
{
    [Theory]
    [InlineData("RateLimiting:Messages:TokenLimit", "0", "Messages.TokenLimit")]
    [InlineData("RateLimiting:Messages:TokensPerPeriod", "-1", "Messages.TokensPerPeriod")]
    [InlineData("RateLimiting:Messages:ReplenishmentPeriod", "00:00:00", "Messages.ReplenishmentPeriod")]
    [InlineData("RateLimiting:Interactions:TokenLimit", "0", "Interactions.TokenLimit")]
    [InlineData("RateLimiting:Interactions:ReplenishmentPeriod", "2.00:00:00", "Interactions.ReplenishmentPeriod")]
    public async Task Start_InvalidRateLimit_RefusesToStartNamingTheSetting(string key, string value, string named)
    {
        using var host = Build((key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoInvalidRateLimits_ReportsBoth()
    {
        using var host = Build(("RateLimiting:Messages:TokenLimit", "0"), ("RateLimiting:Interactions:TokensPerPeriod", "0"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public async Task Start_NoSection_UsesTheDefaults()
    {
        using var host = Build();

        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        await host.StopAsync();

        Assert.Equal((10, 2, TimeSpan.FromSeconds(1)), (options.Messages.TokenLimit, options.Messages.TokensPerPeriod, options.Messages.ReplenishmentPeriod));
        Assert.Equal((30, 10, TimeSpan.FromSeconds(1)), (options.Interactions.TokenLimit, options.Interactions.TokensPerPeriod, options.Interactions.ReplenishmentPeriod));
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddCoachBotRateLimiting(builder.Configuration);
        return builder.Build();
    }
}
