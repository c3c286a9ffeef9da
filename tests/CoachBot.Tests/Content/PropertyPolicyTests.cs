using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Content;

/// <summary>
/// A hotel group on one deployment (<c>Coaching:Properties</c>): each user, team or tenant is coached by its own
/// property's policy, through <c>POST /api/messages</c>. The same discount ask gets the default property's authority,
/// the Hanoi tenant's, the Da Nang team's (a team's entry wins over its tenant's) or a listed staffer's own property's
/// (which wins over both); an edited property file is followed without a restart; entries without an id or a file,
/// two files with one property id, and broken property files stop the start naming them.
/// </summary>
public sealed class PropertyPolicyTests : IDisposable
{
    private const string DiscountAsk = "Rate is 120, the guest wants 30% off";
    private const string Hanoi = "3f1c0e52-0000-4000-8000-00000000a001";
    private const string DaNangTeam = "19:danang-frontdesk@thread.tacv2";
    private const string HanoiStaffer = "00000000-0000-0000-0000-00000000aa01";
    private const string DefaultFrontDesk = "front_desk:   { max_discount_percent: 15, max_amount_per_night: 20 }";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ContentCopy _content = new();
    private readonly string _hanoiPolicy;
    private readonly string _daNangPolicy;

    public PropertyPolicyTests()
    {
        _hanoiPolicy = Property("hanoi.yaml", "hanoi-old-quarter", "front_desk:   { max_discount_percent: 10, max_amount_per_night: 12 }");
        _daNangPolicy = Property("danang.yaml", "danang-beach", "front_desk:   { max_discount_percent: 12, max_amount_per_night: 18 }");
    }

    [Fact]
    public async Task SameDiscountAsk_FromEachProperty_GetsThatPropertysAuthority()
    {
        using var host = Host((Hanoi, _hanoiPolicy), (DaNangTeam, _daNangPolicy));

        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(host, tenant: "another-tenant", team: null), StringComparison.Ordinal);
        Assert.Contains("up to 10% and $12 off a night", await ReplyAsync(host, tenant: Hanoi, team: null), StringComparison.Ordinal);

        // The Da Nang team sits in the Hanoi tenant: its own entry wins.
        Assert.Contains("up to 12% and $18 off a night", await ReplyAsync(host, tenant: Hanoi, team: DaNangTeam), StringComparison.Ordinal);
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(host, tenant: null, team: null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersListedUnderAProperty_TheirOneToOneChats_GetThatPropertysAuthorityWhereverTheirTenant()
    {
        // A group's hotels share one tenant, and a 1:1 chat has no team: the staffer's own entry decides.
        using var host = Host((DaNangTeam, _daNangPolicy));
        host.Settings["Coaching:Properties:1:Ids:0"] = HanoiStaffer;
        host.Settings["Coaching:Properties:1:Ids:1"] = "00000000-0000-0000-0000-00000000aa02";
        host.Settings["Coaching:Properties:1:PolicyFile"] = _hanoiPolicy;

        Assert.Contains("up to 10% and $12 off a night", await ReplyAsync(host, tenant: "group-tenant", team: null, user: HanoiStaffer), StringComparison.Ordinal);
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(host, tenant: "group-tenant", team: null), StringComparison.Ordinal);

        // Their own entry wins over the team whose channel they write in.
        Assert.Contains("up to 10% and $12 off a night", await ReplyAsync(host, tenant: "group-tenant", team: DaNangTeam, user: HanoiStaffer), StringComparison.Ordinal);
        Assert.Contains("up to 12% and $18 off a night", await ReplyAsync(host, tenant: "group-tenant", team: DaNangTeam), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_TwoPolicyFilesWithOnePropertyId_RefusedNamingBoth()
    {
        // Copied from the default file without changing its id: the two hotels would share one duty desk.
        var copy = Path.Combine(Path.GetDirectoryName(_content.PolicyFile)!, "copy.yaml");
        File.Copy(_content.PolicyFile, copy);
        using var host = Host((Hanoi, copy));

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("property id 'sample-hotel'", StringComparison.Ordinal) && m.Contains("hotel.yaml", StringComparison.Ordinal) && m.Contains("copy.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PropertyFileEdited_ThatPropertysNextReply_UsesItWithoutARestart_OthersUnchanged()
    {
        using var host = Host((Hanoi, _hanoiPolicy));
        Assert.Contains("up to 10% and $12 off a night", await ReplyAsync(host, Hanoi, team: null), StringComparison.Ordinal);

        File.WriteAllText(_hanoiPolicy, File.ReadAllText(_hanoiPolicy).Replace("max_discount_percent: 10, max_amount_per_night: 12", "max_discount_percent: 11, max_amount_per_night: 14", StringComparison.Ordinal));

        string reply = string.Empty;
        for (var i = 0; i < 100 && !reply.Contains("up to 11% and $14 off a night", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            reply = await ReplyAsync(host, Hanoi, team: null);
        }

        Assert.Contains("up to 11% and $14 off a night", reply, StringComparison.Ordinal);
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(host, tenant: null, team: null), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EntryWithoutAPolicyFile_RefusedNamingTheEntry()
    {
        using var host = Host();
        host.Settings["Coaching:Properties:0:Id"] = Hanoi;

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("Coaching:Properties:0 needs an Id", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_SameTenantListedTwice_Refused()
    {
        using var host = Host((Hanoi, _hanoiPolicy), (Hanoi.ToUpperInvariant(), _daNangPolicy));

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("is listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_BrokenPropertyFile_RefusedNamingItsFileAndLine()
    {
        File.WriteAllText(_daNangPolicy, File.ReadAllText(_daNangPolicy).Replace("time_zone: Asia/Ho_Chi_Minh", "time_zone: Asia/Nowhere", StringComparison.Ordinal));
        using var host = Host((Hanoi, _hanoiPolicy), (DaNangTeam, _daNangPolicy));

        var messages = StartupFailure.Messages(Record.Exception(() => host.CreateClient()));

        Assert.Contains(messages, m => m.Contains("danang.yaml:", StringComparison.Ordinal) && m.Contains("Asia/Nowhere", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("hanoi.yaml", StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();

    // A copy of the default property's policy beside it, with its own id and front-desk authority.
    private string Property(string fileName, string propertyId, string frontDesk)
    {
        var path = Path.Combine(Path.GetDirectoryName(_content.PolicyFile)!, fileName);
        var text = File.ReadAllText(_content.PolicyFile);
        Assert.Contains(DefaultFrontDesk, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(DefaultFrontDesk, frontDesk, StringComparison.Ordinal).Replace("id: sample-hotel", $"id: {propertyId}", StringComparison.Ordinal));
        return path;
    }

    private BotHost Host(params (string Id, string File)[] properties)
    {
        var host = new BotHost();
        host.Settings["Coaching:RootDialog"] = "coach";
        foreach (var (key, value) in _content.Settings)
        {
            host.Settings[key] = value;
        }

        for (var i = 0; i < properties.Length; i++)
        {
            host.Settings[$"Coaching:Properties:{i}:Id"] = properties[i].Id;
            host.Settings[$"Coaching:Properties:{i}:PolicyFile"] = properties[i].File;
        }

        return host;
    }

    // A 1:1 chat of the tenant, or a channel of the team (mentioning the bot, as Teams requires there).
    private static async Task<string> ReplyAsync(BotHost host, string? tenant, string? team, string? user = null)
    {
        using var client = host.NewChat();
        var channelData = new JsonObject();
        if (tenant is not null)
        {
            channelData["tenant"] = new JsonObject { ["id"] = tenant };
        }

        var message = team is null
            ? client.Message(DiscountAsk)
            : client.Message($"<at>{ActivityJson.BotName}</at> {DiscountAsk}").InConversation(client.ConversationId, "channel").MentioningBot();
        if (team is not null)
        {
            channelData["team"] = new JsonObject { ["id"] = team };
            channelData["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" };
        }

        if (user is not null)
        {
            message.Node["from"]!["aadObjectId"] = user;
        }

        var replies = await client.SendAsync(message.Set("channelData", channelData));
        return string.Join("\n", replies.Select(r => r.Activity.ToJsonString(Readable)));
    }
}
