using System.Text.Encodings.Web;
using System.Text.Json;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Content;

/// <summary>
/// The coaching content follows its files while the host runs: an edited playbook, lexicon or policy is what the next
/// reply through <c>POST /api/messages</c> uses, without a restart; a broken file leaves the last good content in
/// use and logs every error with its file and line. Each test has its own host over its own copy of the content.
/// </summary>
public sealed class ContentReloadTests : IDisposable
{
    private const string DiscountAsk = "Rate is 120, the guest wants 30% off";
    private const string ShippedSayLine = "Let me see what I can do for you.";
    private const string EditedSayLine = "Give me a moment to see what I can do for you.";

    // ContentReloadLog's event ids.
    private const int WatchingEvent = 6001;
    private const int ReloadOffEvent = 6002;
    private const int ReloadedEvent = 6004;
    private const int ContentErrorEvent = 6005;
    private const int RejectedEvent = 6006;

    // Bounded waits: a reload takes the debounce time and one load of the content, well under this.
    private const int Polls = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // Card text as a reader sees it ("$20", not "\u002420").
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ContentCopy _content = new();
    private readonly LogCapture _logs = new();
    private readonly BotHost _host;

    public ContentReloadTests()
    {
        _host = new BotHost { Replace = services => services.AddSingleton<ILoggerProvider>(_logs) };
        _host.Settings["Coaching:RootDialog"] = "coach";
        foreach (var (key, value) in _content.Settings)
        {
            _host.Settings[key] = value;
        }
    }

    [Fact]
    public async Task PlaybookSayLineEdited_NextReply_SaysTheNewLineWithoutARestart()
    {
        Assert.Contains(ShippedSayLine, await ReplyAsync(DiscountAsk), StringComparison.Ordinal);

        _content.Edit("discount.yaml", $"- en: \"{ShippedSayLine}\"", $"- en: \"{EditedSayLine}\"");

        var reply = await ReplyOnceItContainsAsync(DiscountAsk, EditedSayLine);
        Assert.DoesNotContain(ShippedSayLine, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybookSavedByRenamingATemporaryFileOverIt_NextReply_SaysTheNewLine()
    {
        _ = await ReplyAsync(DiscountAsk);

        _content.EditByRename("discount.yaml", $"- en: \"{ShippedSayLine}\"", $"- en: \"{EditedSayLine}\"");

        await ReplyOnceItContainsAsync(DiscountAsk, EditedSayLine);
    }

    [Fact]
    public async Task LexiconWordAdded_NextMessageWithTheWord_IsRecognisedByIt()
    {
        const string Message = "The guest at the desk wants a zorblax";
        Assert.DoesNotContain(ShippedSayLine, await ReplyAsync(Message), StringComparison.Ordinal); // a best guess, not the discount advice

        _content.Edit("lexicon.yaml", "    en: [{discount: 2}, ", "    en: [{zorblax: 3}, {discount: 2}, ");

        var reply = await ReplyOnceItContainsAsync(Message, ShippedSayLine);
        Assert.DoesNotContain("Best guess", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterfaceTextEdited_NextCard_ShowsTheNewText()
    {
        Assert.Contains("\"Add figures\"", await ReplyAsync(DiscountAsk), StringComparison.Ordinal);

        _content.Edit("texts.yaml", "    en: \"Add figures\"", "    en: \"Enter the figures\"");

        var reply = await ReplyOnceItContainsAsync(DiscountAsk, "\"Enter the figures\"");
        Assert.DoesNotContain("\"Add figures\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyAuthorityRaised_NextDiscountAdvice_WorksWithTheNewAuthority()
    {
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(DiscountAsk), StringComparison.Ordinal);

        _content.Edit(null, "front_desk:   { max_discount_percent: 15, max_amount_per_night: 20 }", "front_desk:   { max_discount_percent: 17, max_amount_per_night: 25 }");

        await ReplyOnceItContainsAsync(DiscountAsk, "up to 17% and $25 off a night");
    }

    [Fact]
    public async Task PlaybooksMountedAsAConfigMap_KubernetesSwapsInANewVersion_NextReplySaysTheNewLine()
    {
        using var mounted = UseMountedContent();
        _ = await ReplyAsync(DiscountAsk);

        var staged = mounted.StageMounted("discount.yaml", $"- en: \"{ShippedSayLine}\"", $"- en: \"{EditedSayLine}\"");
        await WaitForReloadAsync(); // the staged folder's files are new files in the tree; that reload reads the old version
        mounted.SwapMounted("discount.yaml", staged);

        await ReplyOnceItContainsAsync(DiscountAsk, EditedSayLine);
    }

    [Fact]
    public async Task PolicyMountedAsAConfigMap_KubernetesSwapsInANewVersion_NextAdviceUsesTheNewAuthority()
    {
        using var mounted = UseMountedContent();
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(DiscountAsk), StringComparison.Ordinal);

        var staged = mounted.StageMounted(null, "front_desk:   { max_discount_percent: 15, max_amount_per_night: 20 }", "front_desk:   { max_discount_percent: 17, max_amount_per_night: 25 }");
        mounted.SwapMounted(null, staged);

        await ReplyOnceItContainsAsync(DiscountAsk, "up to 17% and $25 off a night");
    }

    [Fact]
    public async Task RecogniserFolderReplacedByRenamingANewOneOverIt_NextMessageIsReadByTheNewExample()
    {
        const string Message = "The guest at the desk wants a zorblax";
        _ = await ReplyAsync(Message);
        var folder = Path.Combine(_content.Playbooks, "recogniser");
        var staged = Path.Combine(_content.Playbooks, "recogniser-new");
        Directory.CreateDirectory(staged);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Copy(file, Path.Combine(staged, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(staged, "examples.jsonl"), $"{{\"id\": \"en-zorblax\", \"label\": \"discount.script\", \"text\": \"{Message}\"}}\n");
        await WaitForReloadAsync(); // the staged files are new files in the tree; the swap must reload again
        Directory.Move(folder, folder + "-old");
        Directory.Move(staged, folder);

        await ReplyOnceItContainsAsync(Message, ShippedSayLine);
    }

    [Fact]
    public async Task BrokenPlaybookAfterAGoodEdit_LastGoodContentStaysAndTheErrorIsLoggedWithItsFileAndLine()
    {
        _ = await ReplyAsync(DiscountAsk);
        _content.Edit("discount.yaml", $"- en: \"{ShippedSayLine}\"", $"- en: \"{EditedSayLine}\"");
        await ReplyOnceItContainsAsync(DiscountAsk, EditedSayLine);
        var line = _content.LineOf("discount.yaml", "- id: discount.still_refused.authority_spent") + 1;

        _content.Edit("discount.yaml", "authority_spent\n    sources: [H-18, H-07]", "authority_spent\n    sources: [H-18, H-999]");

        var error = await _logs.WaitForAsync(e => e.EventId == ContentErrorEvent && e.Message.Contains("discount.yaml", StringComparison.Ordinal));
        Assert.NotNull(error);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains($"discount.yaml line {line}", error.Message, StringComparison.Ordinal);
        Assert.Contains("H-999", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await _logs.WaitForAsync(e => e.EventId == RejectedEvent && e.Message.Contains("last good content", StringComparison.Ordinal)));
        Assert.Contains(EditedSayLine, await ReplyAsync(DiscountAsk), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafetyPlaybookDeleted_FireAdviceStaysAndTheLossIsLogged()
    {
        const string Fire = "there is a fire in the kitchen";
        const string Evacuate = "Please leave with me now by the nearest exit.";
        Assert.Contains(Evacuate, await ReplyAsync(Fire), StringComparison.Ordinal);

        File.Delete(Path.Combine(_content.Playbooks, "safety.yaml"));

        var error = await _logs.WaitForAsync(e => e.EventId == ContentErrorEvent && e.Message.Contains("'safety'", StringComparison.Ordinal));
        Assert.NotNull(error);
        Assert.NotNull(await _logs.WaitForAsync(e => e.EventId == RejectedEvent));
        Assert.Contains(Evacuate, await ReplyAsync(Fire), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenPolicy_LastGoodAuthorityStaysAndEveryErrorIsLoggedWithTheFile()
    {
        _ = await ReplyAsync(DiscountAsk);

        _content.Edit(null, "time_zone: Asia/Ho_Chi_Minh", "time_zone: Mars/Olympus_Mons");
        _content.Edit(null, "max_discount_percent: 15,", "max_discount_percent: fifteen,");

        Assert.NotNull(await _logs.WaitForAsync(e => e.EventId == RejectedEvent));
        var errors = _logs.Entries.Where(e => e.EventId == ContentErrorEvent).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("hotel.yaml line ", e.Message, StringComparison.Ordinal));
        Assert.Contains("up to 15% and $20 off a night", await ReplyAsync(DiscountAsk), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadTurnedOff_PlaybookEdited_TheContentLoadedAtStartStaysAndTheLogSaysSo()
    {
        _host.Settings["Content:Reload:Enabled"] = "false";
        _ = await ReplyAsync(DiscountAsk);

        _content.Edit("discount.yaml", $"- en: \"{ShippedSayLine}\"", $"- en: \"{EditedSayLine}\"");

        // Proving that nothing happens takes a wait: twice the time a reload would have needed.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Contains(ShippedSayLine, await ReplyAsync(DiscountAsk), StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.EventId == ReloadOffEvent);
        Assert.DoesNotContain(_logs.Entries, e => e.EventId is WatchingEvent or ReloadedEvent);
    }

    private async Task WaitForReloadAsync() => Assert.NotNull(await _logs.WaitForAsync(e => e.EventId == ReloadedEvent));

    /// <summary>Points the host (not started yet) at a copy laid out as mounted ConfigMaps.</summary>
    private ContentCopy UseMountedContent()
    {
        var mounted = new ContentCopy(mounted: true);
        foreach (var (key, value) in mounted.Settings)
        {
            _host.Settings[key] = value;
        }

        return mounted;
    }

    public void Dispose()
    {
        _host.Dispose();
        _content.Dispose();
    }

    /// <summary>The text and card of the first reply to <paramref name="message"/> in a new conversation, as JSON.</summary>
    private async Task<string> ReplyAsync(string message)
    {
        using var client = _host.NewChat();
        var replies = await client.SendAsync(message);
        return string.Join("\n", replies.Select(r => r.Activity.ToJsonString(Readable)));
    }

    /// <summary>Asks again (a new conversation each time) until the reply holds <paramref name="expected"/>; fails after a bounded wait.</summary>
    private async Task<string> ReplyOnceItContainsAsync(string message, string expected)
    {
        var reply = string.Empty;
        for (var i = 0; i < Polls; i++)
        {
            reply = await ReplyAsync(message);
            if (reply.Contains(expected, StringComparison.Ordinal))
            {
                return reply;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"No reply held '{expected}' within {Polls * PollInterval.TotalSeconds} s. Log:\n{string.Join("\n", _logs.Entries.Where(e => e.EventId is > 6000 and < 6100))}\nLast reply:\n{reply}");
        return reply;
    }
}
