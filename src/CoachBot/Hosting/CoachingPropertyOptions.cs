namespace CoachBot.Hosting;

/// <summary>
/// One entry of <c>Coaching:Properties</c>: whose work a property's policy file coaches. An id is a user's Entra object
/// id (their 1:1 chats carry no team, and a group's hotels often share one tenant), a Teams team id
/// (<c>channelData.team.id</c>, e.g. "19:…@thread.tacv2", for that team's channels) or an Entra tenant id. A user's
/// entry wins over their team's, a team's over its tenant's.
/// </summary>
public sealed class CoachingPropertyOptions
{
    /// <summary>One id (a user, a team or a tenant).</summary>
    public string? Id { get; set; }

    /// <summary>More ids for the same property, e.g. its staff's Entra object ids.</summary>
    public List<string> Ids { get; set; } = [];

    /// <summary>The property's hotel policy file (same format as <c>Coaching:PolicyFile</c>).</summary>
    public string? PolicyFile { get; set; }

    /// <summary>Every id of the entry, trimmed, blanks left out.</summary>
    public IEnumerable<string> AllIds => Ids.Prepend(Id ?? string.Empty).Select(i => i.Trim()).Where(i => i.Length > 0);
}
