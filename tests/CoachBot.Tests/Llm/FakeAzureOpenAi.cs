using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>One request as the fake Azure OpenAI resource received it.</summary>
internal sealed record AzureRequest(string Deployment, string? ApiVersion, string? ApiKey, JsonNode Body);

/// <summary>
/// An Azure OpenAI resource on a loopback port, speaking its wire format: <c>POST
/// /openai/deployments/{deployment}/chat/completions?api-version=…</c> with an <c>api-key</c> header, answered with a
/// chat completion. Each request takes the next planned answer: a text, an error status, or a text held until released.
/// </summary>
internal sealed class FakeAzureOpenAi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<Task<IResult>>> _answers = new();

    private FakeAzureOpenAi(WebApplication app) => _app = app;

    public ConcurrentQueue<AzureRequest> Requests { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What to answer when nothing is planned: from the request's messages (system, user) to the completion's text.</summary>
    public Func<string, string, string>? Responder { get; set; }

    /// <summary>When set, answers from <see cref="Responder"/> wait for it: an LLM slower than the budget.</summary>
    public Task? Gate { get; set; }

    public static async Task<FakeAzureOpenAi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeAzureOpenAi(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", async (string deployment, HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            fake.Requests.Enqueue(new AzureRequest(deployment, request.Query["api-version"], request.Headers["api-key"], body!));
            if (fake._answers.TryDequeue(out var answer))
            {
                return await answer();
            }

            if (fake.Gate is { } gate)
            {
                await gate;
            }

            var messages = body!["messages"]!.AsArray();
            return fake.Responder is { } respond
                ? Completion(respond((string)messages[0]!["content"]!, (string)messages[^1]!["content"]!))
                : Results.StatusCode(500);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri(address + "/");
        return fake;
    }

    /// <summary>Points <paramref name="host"/>'s <c>Llm:*</c> settings at this resource (before the host starts).</summary>
    public void Serve(CoachBot.Tests.Support.BotHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        host.Settings["Llm:Endpoint"] = Endpoint.ToString();
        host.Settings["Llm:Deployment"] = "coach-gpt";
        host.Settings["Llm:ApiKey"] = "fake-azure-key";
    }

    public void Answer(string text) => _answers.Enqueue(() => Task.FromResult(Completion(text)));

    public void Fail(int status) => _answers.Enqueue(() => Task.FromResult(Results.StatusCode(status)));

    /// <summary>Answers <paramref name="text"/> only once the returned source is completed.</summary>
    public TaskCompletionSource Hold(string text)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers.Enqueue(async () =>
        {
            await release.Task;
            return Completion(text);
        });
        return release;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Completion(string text) => Results.Json(new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1733400000,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 180, ["completion_tokens"] = 40, ["total_tokens"] = 220 },
    });
}
