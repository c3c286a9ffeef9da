using CoachBot.Coaching.Policy;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// The built host started as a real process with a broken configuration: it exits with code 1 and says what
/// is wrong, one line per problem, each once, without a stack trace.
/// </summary>
public sealed class ProductionStartupTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Start_ProductionWithoutAppId_ExitsWithCode1AndOneErrorLine()
    {
        var result = await StartAsync([]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var problem = Assert.Single(Problems(result));
        Assert.Contains("Bot:MicrosoftAppId", problem, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Start_SeveralInvalidSettings_OneLineForEachProblemOnce()
    {
        var result = await StartAsync(new()
        {
            ["Bot__MicrosoftAppType"] = "Whatever",
            ["Bot__Connector__MaxAttempts"] = "0",
            ["CoachBot__MaxRequestBodyBytes"] = "5",
            ["Escalations__DefaultReminderMinutes"] = "0",
            ["State__Sqlite__BusyTimeoutSeconds"] = "0",
            ["State__Sqlite__Synchronous"] = "Sometimes",
            ["Coaching__RootDialog"] = "nonsense",
            ["Roles__Users__abc"] = "king",
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        // Attribute checks name the options class and property ("CoachBotOptions.MaxRequestBodyBytes"), the others the key.
        string[] settings =
        [
            "Bot:MicrosoftAppId", "Bot:MicrosoftAppType", "Bot:Connector:MaxAttempts", "MaxRequestBodyBytes",
            "DefaultReminderMinutes", "BusyTimeoutSeconds", "State:Sqlite:Synchronous", "Coaching:RootDialog", "Roles:Users:abc",
        ];
        var problems = Problems(result);
        Assert.True(problems.Count == settings.Length, result.ToString());
        Assert.All(settings, setting => Assert.Single(problems, p => p.Contains(setting, StringComparison.Ordinal)));
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Start_InvalidPolicyFile_OneLineForEachPolicyErrorOnce()
    {
        var policy = Path.Combine(_temp.Path, "broken-hotel.yaml");
        var sample = await File.ReadAllTextAsync(PolicyLoader.SampleFile);
        await File.WriteAllTextAsync(policy, sample
            .Replace("time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons", StringComparison.Ordinal)
            .Replace("from: \"06-15\"", "from: \"06-31\"", StringComparison.Ordinal));

        var result = await StartAsync(new()
        {
            ["Bot__MicrosoftAppId"] = "00000000-0000-0000-0000-0000000b0700",
            ["Bot__MicrosoftAppPassword"] = "not-a-real-secret",
            ["Bot__MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
            ["Coaching__PolicyFile"] = policy,
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        var problems = Problems(result);
        Assert.True(problems.Count == 2, result.ToString());
        Assert.Single(problems, p => p.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
        Assert.Single(problems, p => p.Contains("06-31", StringComparison.Ordinal));
        AssertNoStackTrace(result);
    }

    private Task<HostProcessResult> StartAsync(Dictionary<string, string> settings)
    {
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        settings["State__Sqlite__Path"] = Path.Combine(_temp.Path, "coachbot.db");
        return HostProcess.RunAsync(settings, TimeLimit);
    }

    // The host writes each problem on its own line, after "error: ".
    private static List<string> Problems(HostProcessResult result) =>
        [.. result.ErrorLines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal))];

    private static void AssertNoStackTrace(HostProcessResult result)
    {
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }
}
