using CoachBot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Evaluation;

/// <summary>
/// The real host in process, as the tests run it: Development, anonymous on loopback, the coaching dialogs, SQLite
/// state in a temporary folder (deleted on dispose), no LLM, and rate limits out of the way (one case a turn is
/// faster than anyone types). Each role in the set gets a user whose Entra id the configuration maps to it.
/// </summary>
public sealed class EvaluationHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coachbot-eval-").FullName;

    /// <summary>The Entra object id of the evaluation's user with <paramref name="role"/>.</summary>
    public static string UserFor(string role) => role switch
    {
        "sales" => "00000000-0000-0000-0000-0000000e7a02",
        "supervisor" => "00000000-0000-0000-0000-0000000e7a03",
        "trainer" => "00000000-0000-0000-0000-0000000e7a04",
        "duty_manager" => "00000000-0000-0000-0000-0000000e7a05",
        _ => "00000000-0000-0000-0000-0000000e7a01",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("State:Provider", "Sqlite");
        builder.UseSetting("State:Sqlite:Path", Path.Combine(_folder, "coachbot.db"));
        builder.UseSetting("Coaching:RootDialog", "coach");

        // A line per turn would bury the report; problems still show.
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("RateLimiting:Messages:TokenLimit", "1000000");
        builder.UseSetting("RateLimiting:Interactions:TokenLimit", "1000000");
        foreach (var role in new[] { "front_desk", "sales", "supervisor", "trainer", "duty_manager" })
        {
            builder.UseSetting($"Roles:Users:{UserFor(role)}", role);
        }

        builder.ConfigureTestServices(services =>
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => new SinkConnectorHandler()));
    }

    // The program's own folder holds the host's settings files (copied beside it by the build), wherever the
    // program is run from; the test-host's guess from the solution layout does not hold for a referencing tool.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind; the figures are already computed.
            }
        }
    }
}
