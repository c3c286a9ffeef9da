using CoachBot.Development;

namespace CoachBot.Hosting;

/// <summary>
/// The local chat page and its in-host Connector: Development only, so a production bot never serves
/// a page that lets anyone talk to it anonymously.
/// </summary>
public static partial class DevelopmentChatExtensions
{
    public static IServiceCollection AddDevelopmentChat(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            services.AddSingleton<DevChatHub>();
        }

        return services;
    }

    public static WebApplication MapDevelopmentChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDevConnector();
        app.MapDevChat();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoachBot.DevelopmentChat");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                var url = address.TrimEnd('/') + "/";
                LogChatPage(logger, url);
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Local chat page: {Url}")]
    private static partial void LogChatPage(ILogger logger, string url);
}
