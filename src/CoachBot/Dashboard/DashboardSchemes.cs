namespace CoachBot.Dashboard;

/// <summary>The dashboard's authentication schemes and the claims its viewers carry.</summary>
internal static class DashboardSchemes
{
    /// <summary>Picks one of the others per request (see <see cref="DashboardAuthentication"/>).</summary>
    public const string Dashboard = "Dashboard";

    public const string ApiKey = "DashboardApiKey";

    public const string Development = "DashboardDevelopment";

    public const string Cookie = "DashboardCookie";

    public const string Entra = "DashboardEntra";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Present with "true" on the operator's full view (the API key, or the local operator in Development).</summary>
    public const string OperatorClaim = "coachbot:operator";

    /// <summary>The Entra object id, as Entra's tokens name it.</summary>
    public const string ObjectIdClaim = "oid";

    public const string NameClaim = "name";
}
