namespace CoachBot.Hosting;

/// <summary>Puts <see cref="UnhandledErrorMiddleware"/> first in the pipeline, inside the framework's developer exception page.</summary>
public static class ErrorHandlingExtensions
{
    public static WebApplication UseCoachBotErrorHandling(this WebApplication app)
    {
        app.UseMiddleware<UnhandledErrorMiddleware>();
        return app;
    }
}
