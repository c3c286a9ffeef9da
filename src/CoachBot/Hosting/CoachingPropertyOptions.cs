namespace CoachBot.Hosting;

/// <summary>One entry of <c>Coaching:Properties</c>: whose users a property's policy file coaches.</summary>
public sealed class CoachingPropertyOptions
{
    /// <summary>A Teams team id (<c>channelData.team.id</c>, e.g. "19:…@thread.tacv2") or an Entra tenant id; a team's entry wins over its tenant's.</summary>
    public string? Id { get; set; }

    /// <summary>The property's hotel policy file (same format as <c>Coaching:PolicyFile</c>).</summary>
    public string? PolicyFile { get; set; }
}
