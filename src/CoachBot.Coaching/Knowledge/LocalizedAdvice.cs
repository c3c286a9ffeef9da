namespace CoachBot.Coaching.Knowledge;

/// <summary>Advice in one language, ready for a message or a card. <see cref="Language"/> is en, vi, zh or zh-Hant.</summary>
public sealed record LocalizedAdvice(
    string Language,
    string? ClassificationKey,
    string? ClassificationLabel,
    IReadOnlyList<string> Say,
    IReadOnlyList<string> Avoid,
    IReadOnlyList<string> Steps,
    IReadOnlyList<LocalizedQuestion> Questions,
    LocalizedEscalation? Escalation,
    IReadOnlyList<string> Citations,
    bool IsEmergency);
