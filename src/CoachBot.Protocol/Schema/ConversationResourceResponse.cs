namespace CoachBot.Protocol.Schema;

/// <summary>The answer to <c>POST /v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
