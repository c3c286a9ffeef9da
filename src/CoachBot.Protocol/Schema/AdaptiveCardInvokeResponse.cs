namespace CoachBot.Protocol.Schema;

/// <summary>
/// The body for an <c>adaptiveCard/action</c> invoke: a card that replaces the old one
/// (<c>application/vnd.microsoft.card.adaptive</c>), a message, or an error.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object? Value)
{
    /// <summary>The value is an Adaptive Card that takes the place of the card whose Action.Execute was pressed.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
