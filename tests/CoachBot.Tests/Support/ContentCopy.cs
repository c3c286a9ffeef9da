using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;

namespace CoachBot.Tests.Support;

/// <summary>A copy of the shipped playbooks folder and the sample hotel policy in a temporary folder, for tests that edit them.</summary>
public sealed class ContentCopy : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ContentCopy()
    {
        foreach (var file in Directory.EnumerateFiles(PlaybookLoader.DefaultDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Playbooks, Path.GetRelativePath(PlaybookLoader.DefaultDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(PolicyLoader.SampleFile, PolicyFile);
    }

    public string Playbooks => _temp.File("Playbooks");

    public string PolicyFile => _temp.File("hotel.yaml");

    /// <summary>The settings that point a host at this copy.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        KeyValuePair.Create("Coaching:PlaybooksDirectory", (string?)Playbooks),
        KeyValuePair.Create("Coaching:PolicyFile", (string?)PolicyFile),
    ];

    /// <summary>
    /// Replaces <paramref name="from"/> (which must be there, once) with <paramref name="to"/> in a playbooks file, or
    /// in the policy when <paramref name="file"/> is null, writing the file in place as an editor does.
    /// </summary>
    public void Edit(string? file, string from, string to)
    {
        var path = PathOf(file);
        File.WriteAllText(path, Replaced(path, from, to));
    }

    /// <summary>The same edit saved as many editors do: a temporary file written beside it, then renamed over it.</summary>
    public void EditByRename(string? file, string from, string to)
    {
        var path = PathOf(file);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Replaced(path, from, to));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The 1-based line of a playbooks file (or of the policy) that holds <paramref name="text"/>.</summary>
    public int LineOf(string? file, string text) =>
        File.ReadAllLines(PathOf(file)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => _temp.Dispose();

    private string PathOf(string? file) => file is null ? PolicyFile : Path.Combine(Playbooks, file);

    private static string Replaced(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Equal(1, CountOf(text, from));
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
