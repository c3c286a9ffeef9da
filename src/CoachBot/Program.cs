using CoachBot.Content;
using CoachBot.Dashboard;
using CoachBot.Diagnostics;
using CoachBot.Endpoints;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Protocol;
using CoachBot.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
try
{
    var coaching = await CoachingContent.LoadAsync(builder.Configuration, CancellationToken.None);

    builder.Services
        .AddBotProtocol(builder.Configuration)
        .AddAnonymousModeRules()
        .AddCoachBotState(builder.Configuration)
        .AddCoachBotTurns(builder.Configuration)
        .AddCoachBotDialogs(builder.Configuration, coaching)
        .AddCoachBotContentReload(builder.Configuration)
        .AddCoachBotRateLimiting(builder.Configuration)
        .AddDevelopmentChat(builder.Environment)
        .AddCoachBotDashboard(builder.Configuration, builder.Environment)
        .AddCoachBotLogEscaping()
        .AddCoachBotTelemetry(builder.Configuration);
    await builder.Services.AddCoachBotLlmAsync(builder.Configuration, CancellationToken.None);

    var app = builder.Build();
    app.UseCoachBotErrorHandling();

    app.ValidateConfiguration();
    app.EnforceAnonymousModeRules();
    await app.InitializeStateAsync();

    // Rate limits are per sender of an authenticated activity, so the activity checks run first.
    app.UseMiddleware<ActivityCheckMiddleware>();
    app.UseRateLimiter();

    app.MapHealth();
    app.MapBotMessages();
    app.MapDevelopmentChat();
    app.MapDashboard();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupErrorReport.IsHostProcess && StartupErrorReport.TryRead(exception, out var errors))
{
    // A configuration the host cannot run with: one line per problem for the operator, exit code 1. The one
    // deliberate write to the console in src/ (BannedSymbols.Src.txt): there is no host, so no logger, to use.
#pragma warning disable RS0030
    StartupErrorReport.Write(errors, Console.Error);
#pragma warning restore RS0030
    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
