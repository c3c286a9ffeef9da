using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Effects;

/// <summary>
/// Who a 1:1 training result belongs to, as the chat it came from names them: the Teams name for reports and the Entra
/// object id a dashboard sign-in carries. Read from the conversation's stored reference, whose user is the trainee.
/// </summary>
internal static class TraineeNames
{
    public static async Task<TrainingResult> NamedAsync(IStateStore store, OutboxItem item, TrainingResult result, CancellationToken cancellationToken)
    {
        var record = await store.GetConversationAsync(item.ConversationId, cancellationToken).ConfigureAwait(false);
        var user = record is null ? null : JsonSerializer.Deserialize<ConversationReference>(record.ReferenceJson, ProtocolJson.Options)?.User;
        return user?.Id == item.UserId ? result with { UserName = user?.Name, UserAad = user?.AadObjectId } : result;
    }
}
