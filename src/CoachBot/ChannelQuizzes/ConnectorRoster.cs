using CoachBot.Protocol.Connector;

namespace CoachBot.ChannelQuizzes;

/// <summary>
/// The roster from the Connector's paged members (one page of up to 200, which covers a team's channel quiz; Teams
/// allows 14 calls a second per bot per thread). A failure leaves the quiz without a roster rather than without a
/// question: the card then refreshes for the trainer only and everyone else uses "Show my answer".
/// </summary>
internal sealed partial class ConnectorRoster(ConnectorClient connector, TrustedServiceUrls trustedServiceUrls, ILogger<ConnectorRoster> logger) : IChannelRoster
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<ChannelQuizMember>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            trustedServiceUrls.Add(serviceUrl);
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, PageSize, null, cancellationToken).ConfigureAwait(false);
            return [.. page.Members.Where(m => m.Id is { Length: > 0 } id && !id.StartsWith("28:", StringComparison.Ordinal)).Select(m => new ChannelQuizMember(m.Id!, m.Name))];
        }
        catch (ConnectorException ex)
        {
            LogRosterUnavailable(logger, ex, conversationId, (int?)ex.StatusCode);
            return [];
        }
    }

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning, Message = "Could not read the roster of {ConversationId} ({StatusCode}); the quiz card refreshes for the trainer only")]
    private static partial void LogRosterUnavailable(ILogger logger, Exception exception, string conversationId, int? statusCode);
}
