using System.Text;
using System.Text.Json;
using CoachBot.Endpoints;
using Microsoft.Extensions.FileProviders;

namespace CoachBot.Dashboard;

/// <summary>
/// The trainer dashboard: the page (<c>/dashboard</c>), its report as JSON and each view as CSV, all behind the
/// dashboard's sign-in; its script, styles and chart library (no data) under <c>/dashboard/assets/</c>.
/// </summary>
internal static class DashboardEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapDashboard(this WebApplication app)
    {
        var assets = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"), "dashboard");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/dashboard/assets" });
        }

        app.UseAuthentication();
        app.UseAuthorization();

        var group = app.MapGroup("/dashboard").RequireAuthorization(DashboardAuthentication.Policy);
        group.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(Path.Combine(assets, "dashboard.html"), "text/html; charset=utf-8");
        });
        group.MapGet("/api/report", (HttpContext context, string? team, DashboardReporter reporter, CancellationToken cancellationToken) =>
            AnswerAsync(context, team, reporter, report => Results.Json(report, Json), cancellationToken));
        group.MapGet("/api/{view}.csv", (HttpContext context, string view, string? team, DashboardReporter reporter, CancellationToken cancellationToken) =>
            AnswerAsync(
                context,
                team,
                reporter,
                report => DashboardCsv.Write(report, view) is { } csv
                    ? Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"coachbot-{view}.csv")
                    : ProblemResults.NotFound($"No view '{view}': there are {string.Join(", ", DashboardCsv.Views)}."),
                cancellationToken));
        return app;
    }

    private static async Task<IResult> AnswerAsync(
        HttpContext context, string? team, DashboardReporter reporter, Func<DashboardReport, IResult> answer, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            return answer(await reporter.ReportAsync(context.User, team, cancellationToken).ConfigureAwait(false));
        }
        catch (DashboardForbiddenException)
        {
            return ProblemResults.Forbidden("That team is not one of yours.");
        }
    }
}
