using System.Text.Json;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Effects;

/// <summary>"Forget my data": deletes the user's dialog state everywhere and their saved records (call notes).</summary>
internal sealed partial class ForgetUserOutboxHandler(IStateStore store, ILogger<ForgetUserOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => "forget-user";

    public async Task HandleAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(item.PayloadJson);
        var userId = payload.RootElement.TryGetProperty("userId", out var id) ? id.GetString() : item.UserId;
        if (string.IsNullOrEmpty(userId))
        {
            throw new OutboxDeliveryException("A forget request without a user id.", permanent: true);
        }

        await store.DeleteUserDataAsync(userId, cancellationToken).ConfigureAwait(false);
        LogForgotten(logger, item.Id);
    }

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Forget request {ItemId}: the user's dialog state and records were deleted")]
    private static partial void LogForgotten(ILogger logger, long itemId);
}
