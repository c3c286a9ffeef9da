namespace CoachBot.ChannelQuizzes;

/// <summary>Who is in a conversation, as its channel lists them.</summary>
internal interface IChannelRoster
{
    /// <summary>The members on the roster's first page (bots left out); empty when the channel will not say.</summary>
    Task<IReadOnlyList<ChannelQuizMember>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);
}
