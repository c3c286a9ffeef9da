using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Tests.ChannelQuizzes;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Dashboard;

/// <summary>
/// The trainer dashboard over real results (issue 13): a channel quiz in the front-office team (Hoa trains it; Lan
/// answers right, Tuấn wrong, Mai not at all), one in the sales team (Quang trains it; Vy answers), and a 1:1 quiz of
/// Lan's. Hoa sees her team and is refused the sales team; Lan sees only herself; the API key sees everyone; each view
/// is a CSV whose cells a spreadsheet cannot run as formulas. One SQLite file carries the results from the Development
/// host that recorded them to the Production host that reports them, as a deployment would.
/// </summary>
public sealed class DashboardTests : IDisposable
{
    private const string FrontOffice = "19:front-office@thread.tacv2";
    private const string Sales = "19:sales@thread.tacv2";
    private const string ApiKey = "test-api-key-0123456789abcdef0123456789";
    private const string QuangAad = "00000000-0000-0000-0000-0000000c0002";

    private static readonly Member Hoa = new("Hoa (trainer)", "00000000-0000-0000-0000-00000000a003");
    private static readonly Member Lan = new("Lan (front desk)", "00000000-0000-0000-0000-00000000a001");
    private static readonly Member Tuan = new("Tuấn (front desk)", "00000000-0000-0000-0000-00000000a004");
    private static readonly Member Mai = new("Mai", "00000000-0000-0000-0000-0000000e0003");
    private static readonly Member Quang = new("Quang", QuangAad);
    private static readonly Member Vy = new("=HYPERLINK(\"x\"), Vy", "00000000-0000-0000-0000-0000000e0009");

    private readonly TempDirectory _directory = new();

    private string Database => _directory.File("dashboard.db");

    [Fact]
    public async Task Trainer_SeesTheirTeamsPeopleAndQuizzes_IsRefusedAnotherTrainersTeam()
    {
        using var channel = await RecordedAsync();

        var report = await ReportAsync(channel, "?as=dev-trainer");

        Assert.Equal("trainer", (string?)report["viewer"]!["access"]);
        Assert.Equal([FrontOffice], report["viewer"]!["teams"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(["Lan (front desk)", "Tuấn (front desk)"], Names(report));
        var questions = report["quizzes"]!.AsArray();
        Assert.All(questions, q => Assert.Equal(FrontOffice, (string?)q!["team"]));
        var first = questions.Single(q => (int)q!["number"]! == 1)!;
        Assert.Equal(2, (int)first["answers"]!);
        Assert.Equal(50, (int)first["share"]!);
        Assert.Equal(["Mai"], first["notAnswered"]!.AsArray().Select(n => (string)n!));

        using var refused = await channel.Host.CreateClient().GetAsync($"/dashboard/api/report?as=dev-trainer&team={Uri.EscapeDataString(Sales)}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var refusedCsv = await channel.Host.CreateClient().GetAsync($"/dashboard/api/people.csv?as=dev-trainer&team={Uri.EscapeDataString(Sales)}");
        Assert.Equal(HttpStatusCode.Forbidden, refusedCsv.StatusCode);
    }

    [Fact]
    public async Task Trainee_SeesOnlyTheirOwnResults_FromTheChannelAndTheirOneToOneQuiz()
    {
        using var channel = await RecordedAsync();

        var report = await ReportAsync(channel, "?as=dev-staff");

        Assert.Equal("trainee", (string?)report["viewer"]!["access"]);
        Assert.Equal(["Lan (front desk)"], Names(report));
        Assert.Empty(report["quizzes"]!.AsArray());
        Assert.Equal(["complaints", "discounts"], report["topics"]!.AsArray().Select(t => (string)t!["topic"]!).Order(StringComparer.Ordinal));
        var lan = report["people"]!.AsArray().Single()!;
        Assert.Equal(2, (int)lan["answers"]!);
        Assert.Equal(1000, (int)lan["points"]!);

        using var anotherTeam = await channel.Host.CreateClient().GetAsync($"/dashboard/api/report?as=dev-staff&team={Uri.EscapeDataString(FrontOffice)}");
        Assert.Equal(HttpStatusCode.Forbidden, anotherTeam.StatusCode);
    }

    [Fact]
    public async Task ApiKeyInProduction_SeesEveryTeam_WithoutOrWithAWrongKeyNothing()
    {
        (await RecordedAsync()).Dispose();
        using var production = ProductionHost();
        using var http = production.CreateClient();

        using var none = await http.GetAsync("/dashboard/api/report");
        using var wrong = await GetAsync(http, "/dashboard/api/report", "not-the-key-0123456789abcdef0123456789");
        using var page = await http.GetAsync("/dashboard/");
        using var devViewer = await http.GetAsync("/dashboard/api/report?as=dev-trainer");
        using var right = await GetAsync(http, "/dashboard/api/report", ApiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, devViewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var report = JsonNode.Parse(await right.Content.ReadAsStringAsync())!;
        Assert.Equal("operator", (string?)report["viewer"]!["access"]);
        Assert.Equal(["=HYPERLINK(\"x\"), Vy", "Lan (front desk)", "Tuấn (front desk)"], Names(report));
        Assert.Equal([FrontOffice, Sales], report["quizzes"]!.AsArray().Select(q => (string)q!["team"]!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CsvExports_HoldEachViewsRows_QuotedAndNeverAFormula()
    {
        (await RecordedAsync()).Dispose();
        using var production = ProductionHost();
        using var http = production.CreateClient();

        var people = await CsvAsync(http, "people");
        var quizzes = await CsvAsync(http, "quizzes");
        var weak = await CsvAsync(http, "weak-spots");
        using var unknown = await GetAsync(http, "/dashboard/api/everything.csv", ApiKey);

        Assert.Equal("user_id,name,answers,right,right_percent,channel_quiz_points,role_plays,role_plays_passed,last_active_utc", people[0]);
        Assert.Contains(people, l => l.StartsWith($"{Vy.Id},\"'=HYPERLINK(\"\"x\"\"), Vy\",1,1,100,1000,0,0,", StringComparison.Ordinal));
        Assert.Contains(people, l => l.StartsWith($"{Tuan.Id},Tuấn (front desk),1,0,0,0,0,0,", StringComparison.Ordinal));
        Assert.Equal("quiz_id,team_id,topic,started_utc,trainer,question,question_id,prompt,answers,right,right_percent,not_answered", quizzes[0]);
        Assert.Contains(quizzes, l => l.Contains(FrontOffice, StringComparison.Ordinal) && l.EndsWith(",2,1,50,Mai", StringComparison.Ordinal));
        Assert.Matches("^inventory_id,name,answers,missed,missed_percent$", weak[0]);
        Assert.True(weak.Count > 1, "Tuấn's miss names the inventory ids its question is built from");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task DashboardPage_InProductionWithEntra_SendsTheBrowserToSignInWithPkce()
    {
        using var production = ProductionHost(entra: true);
        using var http = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var page = await http.GetAsync("/dashboard/");

        Assert.True(page.StatusCode == HttpStatusCode.Redirect, $"{(int)page.StatusCode}: {await page.Content.ReadAsStringAsync()}");
        var location = page.Headers.Location!.ToString();
        Assert.StartsWith($"https://login.test/{FakeIdentity.TenantId}/oauth2/v2.0/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=22222222-0000-0000-0000-00000000d001", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/dashboard/signin-oidc"), location, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>Both teams' quizzes and Lan's 1:1 quiz, recorded by a Development host into <see cref="Database"/>.</summary>
    private async Task<ChannelQuizHarness> RecordedAsync()
    {
        var channel = new ChannelQuizHarness(databasePath: Database);
        channel.Host.Settings["Roles:Users:" + Hoa.Aad] = "trainer";
        channel.Host.Settings["Roles:Users:" + QuangAad] = "trainer";
        channel.Host.Settings["Roles:TrainerTeams:" + Hoa.Aad + ":0"] = FrontOffice;
        channel.Host.Settings["Roles:TrainerTeams:" + QuangAad + ":0"] = Sales;

        channel.MoveTo(FrontOffice, Hoa, [Lan, Tuan, Mai]);
        await channel.SayAsync(Hoa, "start quiz complaints 1");
        var card = channel.Posted[^1];
        await channel.PressAsync(Lan, card, channel.Letter(card, right: true));
        await channel.PressAsync(Tuan, card, channel.Letter(card, right: false));
        await channel.AdvanceAsync(TimeSpan.FromSeconds(40));

        channel.MoveTo(Sales, Quang, [Vy]);
        await channel.SayAsync(Quang, "start quiz wedge 1");
        card = channel.Posted[^1];
        await channel.PressAsync(Vy, card, channel.Letter(card, right: true));
        await channel.AdvanceAsync(TimeSpan.FromSeconds(40));

        await OneToOneQuizAsync(channel, Lan);
        return channel;
    }

    /// <summary>A 1:1 quiz of one question, answered with the card's first letter.</summary>
    private static async Task OneToOneQuizAsync(ChannelQuizHarness channel, Member who)
    {
        using var chat = new BotClient(channel.Host.CreateClient(), channel.Host.Connector) { UserId = who.Id, UserName = who.Name };
        var ask = chat.Message("quiz me on discounts 1");
        ask.Node["from"]!["aadObjectId"] = who.Aad;
        var card = Assert.Single(await chat.SendAsync(ask)).Activity["attachments"]![0]!["content"]!;
        var letter = card["actions"]!.AsArray().First(a => (string?)a!["type"] == "Action.Execute")!;
        var tap = ActivityJson.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = letter["verb"]!.DeepClone(), ["data"] = letter["data"]!.DeepClone() },
            ["trigger"] = "manual",
        });
        tap.Node["conversation"]!["id"] = chat.ConversationId;
        tap.From(who.Id, who.Name).Node["from"]!["aadObjectId"] = who.Aad;
        using var answered = await chat.PostAsync(tap.ToJson());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    private BotHost ProductionHost(bool entra = false)
    {
        var host = new BotHost { Environment = "Production" };
        host.Settings["State:Provider"] = "Sqlite";
        host.Settings["State:Sqlite:Path"] = Database;
        foreach (var (key, value) in new FakeIdentity().Settings)
        {
            host.Settings[key] = value;
        }

        host.Settings["Dashboard:ApiKey"] = ApiKey;

        // The results were recorded on the harness's clock, early in 2025; this host runs on today's.
        host.Settings["Dashboard:Days"] = "3650";
        if (entra)
        {
            host.Settings["Dashboard:Entra:Instance"] = "https://login.test/";
            host.Settings["Dashboard:Entra:TenantId"] = FakeIdentity.TenantId;
            host.Settings["Dashboard:Entra:ClientId"] = "22222222-0000-0000-0000-00000000d001";
            host.Settings["Dashboard:Entra:ClientSecret"] = "not-a-real-secret";
            host.Replace = services => services.Configure<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>(
                "DashboardEntra", o => o.BackchannelHttpHandler = new EntraMetadata());
        }

        return host;
    }

    private static async Task<JsonNode> ReportAsync(ChannelQuizHarness channel, string query)
    {
        using var response = await channel.Host.CreateClient().GetAsync("/dashboard/api/report" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    private static async Task<IReadOnlyList<string>> CsvAsync(HttpClient http, string view)
    {
        using var response = await GetAsync(http, $"/dashboard/api/{view}.csv", ApiKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        return http.SendAsync(request);
    }

    private static IReadOnlyList<string> Names(JsonNode report) =>
        [.. report["people"]!.AsArray().Select(p => (string)p!["name"]!).Order(StringComparer.Ordinal)];

    /// <summary>The Entra tenant's OpenID metadata, so the sign-in redirect can be built without the internet.</summary>
    private sealed class EntraMetadata : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var issuer = $"https://login.test/{FakeIdentity.TenantId}/v2.0";
            var metadata = new JsonObject
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = $"https://login.test/{FakeIdentity.TenantId}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"https://login.test/{FakeIdentity.TenantId}/oauth2/v2.0/token",
                ["jwks_uri"] = $"https://login.test/{FakeIdentity.TenantId}/discovery/v2.0/keys",
                ["response_types_supported"] = new JsonArray("code"),
                ["code_challenge_methods_supported"] = new JsonArray("S256"),
            };
            var body = request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal) ? new JsonObject { ["keys"] = new JsonArray() } : metadata;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") });
        }
    }
}
