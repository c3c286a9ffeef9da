using CoachBot.Coaching.Content;
using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Content;

/// <summary>A copy of the shipped playbooks folder and sample policy in a temporary folder, for tests that edit them.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Copy(PlaybookLoader.DefaultDirectory, Playbooks);
        File.Copy(PolicyLoader.SampleFile, PolicyFile);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "coachbot-content-" + Guid.NewGuid().ToString("N"));

    public string Playbooks => Path.Combine(Root, "Playbooks");

    public string PolicyFile => Path.Combine(Root, "hotel.yaml");

    public ContentLoader Loader() => new(Playbooks, PolicyFile, CoachingBot.TextKeys);

    /// <summary>Replaces <paramref name="from"/> (which must be there) with <paramref name="to"/> in a playbooks file, or in the policy when <paramref name="file"/> is null.</summary>
    public void Edit(string? file, string from, string to)
    {
        var path = file is null ? PolicyFile : Path.Combine(Playbooks, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of a playbooks file (or of the policy) that holds <paramref name="text"/>.</summary>
    public int LineOf(string? file, string text) =>
        File.ReadAllLines(file is null ? PolicyFile : Path.Combine(Playbooks, file)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
