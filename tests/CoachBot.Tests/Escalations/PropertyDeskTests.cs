using System.Text.Json.Nodes;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Escalations;

/// <summary>
/// A hotel group's duty desks (<c>Coaching:Properties</c>): a manager's "set duty desk here" registers the desk of the
/// property their channel belongs to, and a staffer's escalation goes to their own property's desk with their own
/// property's duty roster, never to another hotel's. Through <c>/api/messages</c> and the fake Connector.
/// </summary>
public sealed class PropertyDeskTests : IDisposable
{
    private const string HanoiTenant = "tenant-hanoi";
    private const string CallManager = "Call the duty manager";
    private const string Complaint = "The guest is shouting at the desk, his bag is lost and he wants money";

    private readonly ContentCopy _content = new();
    private readonly EscalationHarness _hotel = new();

    public PropertyDeskTests()
    {
        // Hanoi's own policy: another property id and another duty roster.
        var hanoi = Path.Combine(Path.GetDirectoryName(_content.PolicyFile)!, "hanoi.yaml");
        var text = File.ReadAllText(_content.PolicyFile);
        foreach (var (from, to) in new[] { ("id: sample-hotel", "id: hanoi-old-quarter"), ("name: \"Minh\"", "name: \"Lan\""), ("name: \"Hoa\"", "name: \"Thu\"") })
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(hanoi, text);
        _hotel.Host.Settings["Coaching:RootDialog"] = "coach";
        foreach (var (key, value) in _content.Settings)
        {
            _hotel.Host.Settings[key] = value;
        }

        // The harness's desk channel is in team 19:team@thread.tacv2: that team is Hanoi's, as are the Hanoi tenant's chats.
        _hotel.Host.Settings["Coaching:Properties:0:Id"] = "19:team@thread.tacv2";
        _hotel.Host.Settings["Coaching:Properties:0:PolicyFile"] = hanoi;
        _hotel.Host.Settings["Coaching:Properties:1:Id"] = HanoiTenant;
        _hotel.Host.Settings["Coaching:Properties:1:PolicyFile"] = hanoi;
    }

    [Fact]
    public async Task HanoiStafferEscalates_CardReachesHanoisDeskWithHanoisRoster()
    {
        await _hotel.RegisterDeskAsync();

        await EscalateAsync(HanoiTenant);

        var card = Assert.Single(_hotel.DeskCards);
        var onDuty = EscalationHarness.FactsOf(card)["On duty"];
        Assert.Contains("Lan", onDuty, StringComparison.Ordinal);
        Assert.DoesNotContain("Minh", onDuty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StafferOfTheDefaultProperty_OnlyHanoisDeskRegistered_NoCardThereAndToldToPhone()
    {
        await _hotel.RegisterDeskAsync();

        await EscalateAsync(tenant: "tenant-saigon");

        Assert.Empty(_hotel.DeskCards);
        Assert.Contains("No duty desk is registered yet", _hotel.StaffNotes[^1], StringComparison.Ordinal);
        Assert.Contains("Minh", _hotel.StaffNotes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeskRegisteredBeforeTheGroup_StillServesTheDefaultProperty_NeverHanoi()
    {
        // A single hotel's desk, kept under the plain key before desks were kept per property.
        _hotel.Host.CreateClient().Dispose();
        var desk = new JsonObject { ["serviceUrl"] = ActivityJson.ServiceUrl, ["channelId"] = "msteams", ["conversation"] = new JsonObject { ["id"] = _hotel.DeskId } };
        await _hotel.Store.SetRecordAsync("duty-desk", desk.ToJsonString(), default);

        await EscalateAsync(HanoiTenant);
        Assert.Empty(_hotel.DeskCards);

        await EscalateAsync(tenant: "tenant-saigon");
        Assert.Single(_hotel.DeskCards);
    }

    public void Dispose()
    {
        _hotel.Dispose();
        _content.Dispose();
    }

    // The staffer describes the guest, answers the advice's questions with their first choice, and calls the manager.
    private async Task EscalateAsync(string tenant)
    {
        var replies = await _hotel.Staff.SendAsync(FromTenant(_hotel.Staff.Message(Complaint), tenant));
        for (var i = 0; i < 3 && !replies[^1].Buttons.Contains(CallManager); i++)
        {
            replies = await _hotel.Staff.SendAsync(Press(replies[^1], replies[^1].Buttons[0], tenant));
        }

        await _hotel.Staff.SendAsync(Press(replies[^1], CallManager, tenant));
    }

    private ActivityJson Press(BotMessage card, string button, string tenant) =>
        FromTenant(_hotel.Staff.Message(null).Set("value", new JsonObject { ["choice"] = card.SubmitValueOf(button) }), tenant);

    private static ActivityJson FromTenant(ActivityJson activity, string tenant) =>
        activity.Set("channelData", new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } });
}
