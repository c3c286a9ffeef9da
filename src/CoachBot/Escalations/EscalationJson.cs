using System.Text.Json;

namespace CoachBot.Escalations;

/// <summary>How escalation records and outbox payloads are written: camelCase, read case-insensitively.</summary>
internal static class EscalationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
