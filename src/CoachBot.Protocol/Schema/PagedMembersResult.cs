namespace CoachBot.Protocol.Schema;

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed record PagedMembersResult
{
    /// <summary>Pass back to get the next page; null on the last page.</summary>
    public string? ContinuationToken { get; init; }

    public IReadOnlyList<TeamsChannelAccount> Members { get; init; } = [];
}
