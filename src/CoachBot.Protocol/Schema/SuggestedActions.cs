namespace CoachBot.Protocol.Schema;

/// <summary>Buttons shown under a message (Teams hides them on a message that has attachments).</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients who should see the actions; null means everyone.</summary>
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];
}
