namespace CoachBot.Escalations;

/// <summary>Outbox payload: replace the desk's card of this escalation with its acknowledged form.</summary>
internal sealed record EscalationCardUpdate(long EscalationId)
{
    public const string Kind = "escalation-card-update";
}
