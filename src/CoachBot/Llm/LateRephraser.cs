using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CoachBot.Coaching.Phrasing;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;

namespace CoachBot.Llm;

/// <summary>
/// For <c>Llm:ReplaceInPlace</c>: a message sent in the rules' words because its rephrase was late is replaced in place
/// when the rephrase arrives and keeps every fact, labelled "AI generated". Best effort and in memory only: when the
/// rephrase fails, is refused, or the bot restarts meanwhile, the rules' words simply stay, which are right anyway. The
/// waiting happens here, never in the outbox, so a slow LLM holds up no other message.
/// </summary>
internal sealed partial class LateRephraser(ReplyPhraser phraser, IReplySender sender, ILogger<LateRephraser> logger) : BackgroundService
{
    private const int MaxWaiting = 256;
    private const int MaxAtOnce = 16;

    private readonly Channel<(ReplyEnvelope Sent, string ActivityId)> _queue =
        Channel.CreateBounded<(ReplyEnvelope, string)>(new BoundedChannelOptions(MaxWaiting) { FullMode = BoundedChannelFullMode.DropWrite });

    // The messages waiting for their rephrase, by conversation and activity id: a press on one withdraws it.
    private readonly ConcurrentDictionary<(string Conversation, string Activity), CancellationTokenSource> _waiting = new();

    /// <summary>Queues a sent message for replacement; when too many wait already, it keeps the rules' words.</summary>
    public void Post(ReplyEnvelope sent, string activityId)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var withdraw = new CancellationTokenSource();
        _waiting[(sent.ConversationId, activityId)] = withdraw;
        if (!_queue.Writer.TryWrite((sent, activityId)))
        {
            Forget(sent.ConversationId, activityId);
            LogDropped(logger, sent.ConversationId);
        }
    }

    /// <summary>
    /// The user pressed a button or sent a form of this message: it may be replaced by a refined card now, which a late
    /// rephrase of the old one must not overwrite, nor wipe what they are typing. It keeps its present words.
    /// </summary>
    public void Withdraw(string conversationId, string? activityId)
    {
        if (activityId is not null && _waiting.TryRemove((conversationId, activityId), out var withdraw))
        {
            withdraw.Cancel();
            withdraw.Dispose();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(MaxAtOnce);
        var running = new List<Task>();
        try
        {
            await foreach (var (sent, activityId) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(ReplaceAsync(sent, activityId, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still waiting keeps the rules' words.
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task ReplaceAsync(ReplyEnvelope sent, string activityId, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            if (!_waiting.TryGetValue((sent.ConversationId, activityId), out var withdraw))
            {
                return; // withdrawn before its turn came
            }

            using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, withdraw.Token);
            var late = sent.RephraseLater!;
            var text = await phraser.PhraseLateAsync(late, both.Token).ConfigureAwait(false);
            if (!text.ByLlm)
            {
                LogKept(logger, sent.ConversationId, text.Outcome);
                return;
            }

            var activity = Filled(late.Template, activityId, text);
            await sender.UpdateAsync(sent with { Activity = activity, RephraseLater = null }, activityId, both.Token).ConfigureAwait(false);
            LogReplaced(logger, sent.ConversationId);
        }
        catch (OperationCanceledException)
        {
            LogWithdrawn(logger, sent.ConversationId);
        }
#pragma warning disable CA1031 // Best effort: the rules' words are already with the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.GetType().Name, sent.ConversationId);
        }
        finally
        {
            Forget(sent.ConversationId, activityId);
            slots.Release();
        }
    }

    private void Forget(string conversationId, string activityId)
    {
        if (_waiting.TryRemove((conversationId, activityId), out var withdraw))
        {
            withdraw.Dispose();
        }
    }

    /// <summary>
    /// The message as rendered at the turn for a rephrase (the label included), its markers filled with the rephrased
    /// headline and line: exactly what the turn would have sent had the rephrase been in time.
    /// </summary>
    internal static Activity Filled(Activity template, string activityId, PhrasedText text)
    {
        var node = JsonSerializer.SerializeToNode(template, ProtocolJson.Options);
        var activity = Fill(node, text).Deserialize<Activity>(ProtocolJson.Options)!;
        activity.Id = activityId;
        return activity;
    }

    private static JsonNode? Fill(JsonNode? node, PhrasedText text) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Fill(p.Value, text)))),
        JsonArray a => new JsonArray([.. a.Select(i => Fill(i, text))]),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Contains('\uE000', StringComparison.Ordinal) => JsonValue.Create(s
            .Replace(LateRephrase.HeadlineMarker, text.Headline, StringComparison.Ordinal)
            .Replace(LateRephrase.SayNowMarker, text.SayNow, StringComparison.Ordinal)),
        _ => node?.DeepClone(),
    };

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "A late rephrase replaced a message in {ConversationId}")]
    private static partial void LogReplaced(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Information, Message = "A late rephrase for {ConversationId} ended {Outcome}: the rules' words stay")]
    private static partial void LogKept(ILogger logger, string conversationId, PhraseOutcome outcome);

    [LoggerMessage(EventId = 7113, Level = LogLevel.Warning, Message = "Replacing a message in {ConversationId} with its late rephrase failed ({ExceptionType}): the rules' words stay")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string conversationId);

    [LoggerMessage(EventId = 7115, Level = LogLevel.Information, Message = "A late rephrase for {ConversationId} was withdrawn: the message was pressed, or the bot is stopping")]
    private static partial void LogWithdrawn(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7114, Level = LogLevel.Warning, Message = "Too many late rephrases waiting: a message in {ConversationId} keeps the rules' words")]
    private static partial void LogDropped(ILogger logger, string conversationId);
}
