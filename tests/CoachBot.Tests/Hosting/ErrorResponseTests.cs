using System.Net;
using System.Net.Sockets;
using System.Text;
using CoachBot.State;
using CoachBot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Hosting;

/// <summary>What leaves the host when something fails that no input check foresaw: a plain answer, never internals.</summary>
public sealed class ErrorResponseTests
{
    private const string Secret = "secret-detail-4242";

    [Fact]
    public async Task Post_UnexpectedFailureInDevelopment_PlainProblemWithoutStackTraceOrMessage()
    {
        OutageStateStore? outage = null;
        using var host = new BotHost
        {
            Settings = { ["CoachBot:OutboxPollSeconds"] = "3600" },
            Replace = services => services.AddSingleton(_ => OutageStateStore.Wrap(new InMemoryStateStore(TimeProvider.System), out outage)),
        };
        using var client = host.NewChat();
        _ = host.Services.GetRequiredService<IStateStore>();
        outage!.Failure = () => new InvalidOperationException(Secret);
        outage.IsDown = true;

        using var response = await client.PostAsync(client.Message("hi").ToJson());

        var body = await response.Content.ReadAsStringAsync();
        await Problem.AssertAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at CoachBot", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Production", true)]
    public async Task Post_ClientClosesMidBody_AnInformationLineWithTheExceptionTypeNeverAnError(string environment, bool reset)
    {
        var logs = new LogCapture();
        using var host = KestrelHost(environment, logs);

        await PostHalfABodyAndCloseAsync(host, logs, reset);

        await WaitForTheConnectionToEndAsync(logs);
        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        var noted = logs.Entries.FirstOrDefault(e => e.Category.StartsWith("CoachBot", StringComparison.Ordinal) && e.Message.Contains("closed the connection", StringComparison.Ordinal));
        Assert.True(errors.Count == 0, $"Logged as an error:\n{string.Join("\n", errors)}");
        Assert.True(noted is not null, $"Nothing logged about the closed connection; logged:\n{string.Join("\n", logs.Entries)}");
        Assert.Equal(LogLevel.Information, noted.Level);
        Assert.Null(noted.Exception);
        Assert.Contains("Exception", noted.Message, StringComparison.Ordinal);
    }

    private static BotHost KestrelHost(string environment, LogCapture logs)
    {
        var host = new BotHost { Environment = environment, Replace = services => services.AddSingleton<ILoggerProvider>(logs) };

        // "Request starting" tells the test the request is under way; Kestrel's "Connection id ... stopped." that the server is done with it.
        host.Settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        host.Settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel.Connections"] = "Debug";
        foreach (var (key, value) in new FakeIdentity().Settings.Where(_ => environment == "Production"))
        {
            host.Settings[key] = value;
        }

        host.UseKestrel(0);
        host.StartServer();
        return host;
    }

    private static async Task WaitForTheConnectionToEndAsync(LogCapture logs) =>
        Assert.NotNull(await logs.WaitForAsync(e => e.Category == "Microsoft.AspNetCore.Server.Kestrel.Connections" && e.Message.EndsWith("stopped.", StringComparison.Ordinal)));

    /// <summary>Sends the head and the start of a 5000-byte body, then closes: with a reset, or with an orderly end of stream.</summary>
    private static async Task PostHalfABodyAndCloseAsync(BotHost host, LogCapture logs, bool reset)
    {
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var head = "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"type\":\"message\",\"text\":\"";
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        await tcp.GetStream().FlushAsync();

        // Close only once the request is under way, so the close happens mid-body and not before the request.
        Assert.NotNull(await logs.WaitForAsync(e => e.Message.StartsWith("Request starting", StringComparison.Ordinal)));
        if (reset)
        {
            tcp.LingerState = new LingerOption(true, 0);
        }
    }
}
