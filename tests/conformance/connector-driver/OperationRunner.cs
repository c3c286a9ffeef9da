using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConnectorDriver;

/// <summary>Runs one <see cref="DriverOperation"/> with the ConnectorClient from the real DI registration.</summary>
internal sealed class OperationRunner(IServiceProvider services)
{
    public async Task<DriverResult> RunAsync(string serviceUrl, DriverOperation operation, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ConnectorClient>();
        try
        {
            object? result = operation.Op switch
            {
                "reply" => await client.ReplyToActivityAsync(serviceUrl, operation.ConversationId!, operation.ActivityId!, ToActivity(operation.Activity), cancellationToken),
                "send" => await client.SendToConversationAsync(serviceUrl, operation.ConversationId!, ToActivity(operation.Activity), cancellationToken),
                "update" => await client.UpdateActivityAsync(serviceUrl, operation.ConversationId!, operation.ActivityId!, ToActivity(operation.Activity), cancellationToken),
                "delete" => await DeleteAsync(client, serviceUrl, operation, cancellationToken),
                "create" => await client.CreateConversationAsync(serviceUrl, ToParameters(operation.Parameters), cancellationToken),
                "members" => await client.GetPagedMembersAsync(serviceUrl, operation.ConversationId!, operation.PageSize, operation.ContinuationToken, cancellationToken),
                _ => throw new InvalidOperationException($"unknown operation {operation.Op}"),
            };
            return new DriverResult(operation.Op, true, result is null ? null : JsonSerializer.SerializeToNode(result, result.GetType(), ProtocolJson.Options), null, null);
        }
        catch (ConnectorException exception)
        {
            return new DriverResult(operation.Op, false, null, exception.StatusCode is { } status ? (int)status : null, exception.ErrorCode);
        }
    }

    private static async Task<object?> DeleteAsync(ConnectorClient client, string serviceUrl, DriverOperation operation, CancellationToken cancellationToken)
    {
        await client.DeleteActivityAsync(serviceUrl, operation.ConversationId!, operation.ActivityId!, cancellationToken);
        return null;
    }

    private static Activity ToActivity(JsonNode? node) =>
        node.Deserialize<Activity>(ProtocolJson.Options) ?? throw new InvalidOperationException("operation has no activity");

    private static ConversationParameters ToParameters(JsonNode? node) =>
        node.Deserialize<ConversationParameters>(ProtocolJson.Options) ?? throw new InvalidOperationException("operation has no parameters");
}
