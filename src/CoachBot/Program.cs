using CoachBot.Endpoints;
using CoachBot.Hosting;
using CoachBot.Protocol;

var builder = WebApplication.CreateBuilder(args);
var coaching = await CoachingContent.LoadAsync(builder.Configuration, CancellationToken.None);

builder.Services
    .AddBotProtocol(builder.Configuration)
    .AddCoachBotState(builder.Configuration)
    .AddCoachBotTurns(builder.Configuration)
    .AddCoachBotDialogs(builder.Configuration, coaching)
    .AddDevelopmentChat(builder.Environment);

var app = builder.Build();

app.EnforceAnonymousModeRules();
await app.InitializeStateAsync();

// Activities are read and authenticated ahead of the endpoint, so that what runs between (a rate limiter) can use them.
app.UseMiddleware<ActivityCheckMiddleware>();

app.MapHealth();
app.MapBotMessages();
app.MapDevelopmentChat();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
