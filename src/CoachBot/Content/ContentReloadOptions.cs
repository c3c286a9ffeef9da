using System.ComponentModel.DataAnnotations;

namespace CoachBot.Content;

/// <summary>Whether and how the coaching content follows its files (configuration section "Content:Reload").</summary>
public sealed class ContentReloadOptions
{
    public const string SectionName = "Content:Reload";

    /// <summary>Watch the playbooks folder and the policy file, and reload the content when they change.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long the files must be quiet before a reload: an editor saves in several steps (a temporary file, a
    /// rename, a touch), and a reload half-way would only report errors that the next step fixes.
    /// </summary>
    [Range(10, 60_000)]
    public int DebounceMilliseconds { get; set; } = 500;
}
