namespace CoachBot.Protocol.Schema;

/// <summary>Entity <c>type</c> values the bot reads or writes.</summary>
public static class EntityTypes
{
    public const string Mention = "mention";
    public const string ClientInfo = "clientInfo";
    public const string SchemaOrgMessage = "https://schema.org/Message";
    public const string StreamInfo = "streaminfo";
}
