using CoachBot.Endpoints;
using CoachBot.Hosting;
using CoachBot.Protocol;
using CoachBot.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
var coaching = await CoachingContent.LoadAsync(builder.Configuration, CancellationToken.None);

builder.Services
    .AddBotProtocol(builder.Configuration)
    .AddCoachBotState(builder.Configuration)
    .AddCoachBotTurns(builder.Configuration)
    .AddCoachBotDialogs(builder.Configuration, coaching)
    .AddCoachBotRateLimiting(builder.Configuration)
    .AddDevelopmentChat(builder.Environment);

var app = builder.Build();

app.EnforceAnonymousModeRules();
await app.InitializeStateAsync();

// Rate limits are per sender of an authenticated activity, so the activity checks run first.
app.UseMiddleware<ActivityCheckMiddleware>();
app.UseRateLimiter();

app.MapHealth();
app.MapBotMessages();
app.MapDevelopmentChat();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
