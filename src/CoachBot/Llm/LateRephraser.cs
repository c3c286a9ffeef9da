using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using CoachBot.Outbox;
using CoachBot.Protocol.Schema;
using CoachBot.Turns;

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

    /// <summary>Queues a sent message for replacement; when too many wait already, it keeps the rules' words.</summary>
    public void Post(ReplyEnvelope sent, string activityId)
    {
        if (!_queue.Writer.TryWrite((sent, activityId)))
        {
            LogDropped(logger, sent.ConversationId);
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

    private async Task ReplaceAsync(ReplyEnvelope sent, string activityId, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            var parts = sent.RephraseLater!;
            var text = await phraser.PhraseLateAsync(parts, cancellationToken).ConfigureAwait(false);
            if (!text.ByLlm)
            {
                LogKept(logger, sent.ConversationId, text.Outcome);
                return;
            }

            var activity = Rephrased(sent.Activity, activityId, parts, text);
            await sender.UpdateAsync(sent with { Activity = activity, RephraseLater = null }, activityId, cancellationToken).ConfigureAwait(false);
            LogReplaced(logger, sent.ConversationId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Best effort: the rules' words are already with the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex.GetType().Name, sent.ConversationId);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>
    /// The sent message with the rules' Say-now line and headline replaced by the rephrase wherever they stand (the text,
    /// the summary, the card and its fallback), and the "AI generated" label; citations and everything else unchanged.
    /// </summary>
    internal static Activity Rephrased(Activity sent, string activityId, ReplyPhrasing parts, PhrasedText text)
    {
        var node = JsonSerializer.SerializeToNode(sent, ProtocolJson.Options)!.AsObject();
        foreach (var field in new[] { "text", "summary", "attachments" })
        {
            if (node[field] is { } value)
            {
                node[field] = Replace(Replace(value, parts.SayNow, text.SayNow), parts.Headline, text.Headline);
            }
        }

        var activity = node.Deserialize<Activity>(ProtocolJson.Options)!;
        activity.Id = activityId;
        ReplyRenderer.LabelAiGenerated(activity);
        return activity;
    }

    private static JsonNode? Replace(JsonNode? node, string from, string to) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Replace(p.Value, from, to)))),
        JsonArray a => new JsonArray([.. a.Select(i => Replace(i, from, to))]),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(s.Replace(from, to, StringComparison.Ordinal)),
        _ => node?.DeepClone(),
    };

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "A late rephrase replaced a message in {ConversationId}")]
    private static partial void LogReplaced(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Information, Message = "A late rephrase for {ConversationId} ended {Outcome}: the rules' words stay")]
    private static partial void LogKept(ILogger logger, string conversationId, PhraseOutcome outcome);

    [LoggerMessage(EventId = 7113, Level = LogLevel.Warning, Message = "Replacing a message in {ConversationId} with its late rephrase failed ({ExceptionType}): the rules' words stay")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string conversationId);

    [LoggerMessage(EventId = 7114, Level = LogLevel.Warning, Message = "Too many late rephrases waiting: a message in {ConversationId} keeps the rules' words")]
    private static partial void LogDropped(ILogger logger, string conversationId);
}
