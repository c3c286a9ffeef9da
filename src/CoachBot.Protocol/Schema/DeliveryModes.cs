namespace CoachBot.Protocol.Schema;

/// <summary>Activity <c>deliveryMode</c> values; anything unknown means <see cref="Normal"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
