using System.Text.Json.Nodes;
using CoachBot.State;
using CoachBot.Tests.Llm;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// The real host running the coaching bot with the shipped playbooks and the sample hotel policy, in-memory
/// state, and a clock stopped at 10 March 2026, 10:00 in Ho Chi Minh City (off season, the day duty manager on
/// duty), so season, roster and note dates in the snapshots never move. Three users have configured roles (two sales reps).
/// </summary>
public sealed class TranscriptFixture : IDisposable
{
    public const string SupervisorId = "00000000-0000-0000-0000-0000000005e1";
    public const string SalesRepId = "00000000-0000-0000-0000-0000000005a1";
    public const string OtherSalesRepId = "00000000-0000-0000-0000-0000000005a2";

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(7));

    public TranscriptFixture()
    {
        Host.Settings["Coaching:RootDialog"] = "coach";
        Host.Settings[$"Roles:Users:{SupervisorId}"] = "supervisor";
        Host.Settings[$"Roles:Users:{SalesRepId}"] = "sales";
        Host.Settings[$"Roles:Users:{OtherSalesRepId}"] = "sales";
        Host.Replace = services => services.AddSingleton<TimeProvider>(Clock);
        _llm = TranscriptLlm.Attach(Host);
    }

    private readonly FakeAzureOpenAi? _llm;

    public FakeTimeProvider Clock { get; } = new(Now);

    public BotHost Host { get; } = new();

    /// <summary>A new 1:1 chat; without <paramref name="aadObjectId"/> the user has the lowest role (front desk).</summary>
    public RecordedChat Chat(string locale = "en-US", string? aadObjectId = null) => new(Host, locale, aadObjectId);

    /// <summary>The records the host keeps under <paramref name="prefix"/> (saved call notes, feedback votes), as JSON.</summary>
    public async Task<IReadOnlyList<JsonNode>> RecordsAsync(string prefix)
    {
        var store = Host.Services.GetRequiredService<IStateStore>();
        return [.. (await store.GetRecordsAsync(prefix, CancellationToken.None)).Select(json => JsonNode.Parse(json)!)];
    }

    /// <summary>What the host keeps about the chat's user (their saved call notes).</summary>
    public Task<IReadOnlyList<JsonNode>> UserRecordsAsync(RecordedChat chat) =>
        RecordsAsync(UserRecordKeys.Prefix((chat ?? throw new ArgumentNullException(nameof(chat))).Client.UserId));

    public void Dispose()
    {
        Host.Dispose();
        _llm?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
