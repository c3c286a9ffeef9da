using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using CoachBot.Protocol.Connector;

namespace CoachBot.Tests.Support;

/// <summary>
/// The real host over the in-process test server: Development by default, in-memory state unless told
/// otherwise, and the Connector client's outbound HTTP going to a <see cref="FakeConnector"/>.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public FakeConnector Connector { get; } = new();

    public string Environment { get; init; } = "Development";

    /// <summary>Configuration keys the test sets (they win over appsettings.json).</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["State:Provider"] = "InMemory",

        // The endpoint and protocol tests drive the small demo dialog; coaching tests set "coach".
        ["Coaching:RootDialog"] = "demo",

        // Transcripts send one user's messages faster than a person types; the rate-limit tests set the real limits.
        ["RateLimiting:Messages:TokenLimit"] = "100000",
        ["RateLimiting:Interactions:TokenLimit"] = "100000",
    };

    /// <summary>Extra service replacements, applied after the host's own registrations.</summary>
    public Action<IServiceCollection>? Replace { get; set; }

    public static BotHost Sqlite(string databasePath)
    {
        var host = new BotHost();
        host.Settings["State:Provider"] = "Sqlite";
        host.Settings["State:Sqlite:Path"] = databasePath;
        return host;
    }

    /// <summary>A host on the PostgreSQL database of <paramref name="connectionString"/>; several may share one.</summary>
    public static BotHost Postgres(string connectionString)
    {
        var host = new BotHost();
        host.Settings["State:Provider"] = "Postgres";
        host.Settings["State:Postgres:ConnectionString"] = connectionString;
        return host;
    }

    /// <summary>A client for a new 1:1 conversation with its own id.</summary>
    public BotClient NewChat(bool expectReplies = true) => new(CreateClient(), Connector) { ExpectReplies = expectReplies };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
            Replace?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
        }
    }
}
