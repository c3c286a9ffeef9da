using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Tests.TestSupport;

internal static class AuthTestData
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string ChannelJwksUrl = "https://login.botframework.test/v1/.well-known/keys";
    public const string EntraMetadataUrl = "https://login.entra.test/" + TenantId + "/v2.0/.well-known/openid-configuration";
    public const string EntraJwksUrl = "https://login.entra.test/common/discovery/v2.0/keys";
    public const string BotFrameworkTenantIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    public static Activity Activity(string channelId = "msteams", string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:" + AppId },
        Conversation = new ConversationAccount { Id = "a:conv" },
    };
}
