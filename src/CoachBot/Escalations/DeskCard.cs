namespace CoachBot.Escalations;

/// <summary>The escalation card as posted at the duty desk: enough to replace it later.</summary>
internal sealed record DeskCard(string ServiceUrl, string ConversationId, string ActivityId, string? Locale);
