using System.Security.Claims;
using CoachBot.Coaching.Policy;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Dashboard;

/// <summary>The report a signed-in viewer asked for: who they are, what they may see, and the views built from it.</summary>
internal sealed partial class DashboardReporter(
    DashboardData data, IOptionsMonitor<RoleMap> roles, CoachingContent content, IOptions<DashboardOptions> options, ILogger<DashboardReporter> logger)
{
    /// <exception cref="DashboardForbiddenException">The viewer asked for a team that is not theirs.</exception>
    public async Task<DashboardReport> ReportAsync(ClaimsPrincipal user, string? team, CancellationToken cancellationToken)
    {
        var viewer = DashboardViewer.From(user, roles.CurrentValue);
        team = string.IsNullOrWhiteSpace(team) ? null : team;
        try
        {
            var rows = await data.ReadAsync(viewer, team, cancellationToken).ConfigureAwait(false);
            var report = DashboardReport.Build(viewer, team, options.Value.Days, rows, content.Current);
            LogServed(logger, viewer.Access, rows.Attempts.Count);
            return report;
        }
        catch (DashboardForbiddenException)
        {
            LogRefused(logger, viewer.Access);
            throw;
        }
    }

    [LoggerMessage(EventId = 2320, Level = LogLevel.Information, Message = "Dashboard report served to a viewer with {Access} access: {Attempts} answers")]
    private static partial void LogServed(ILogger logger, DashboardAccess access, int attempts);

    [LoggerMessage(EventId = 2321, Level = LogLevel.Warning, Message = "Dashboard: a viewer with {Access} access asked for a team that is not theirs; refused")]
    private static partial void LogRefused(ILogger logger, DashboardAccess access);
}
