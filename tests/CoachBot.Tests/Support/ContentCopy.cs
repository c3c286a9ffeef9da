using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;

namespace CoachBot.Tests.Support;

/// <summary>
/// A copy of the shipped playbooks folder and the sample hotel policy in a temporary folder, for tests that edit them;
/// either plain files, or laid out as Kubernetes mounts a ConfigMap (<see cref="Mounted"/>).
/// </summary>
public sealed class ContentCopy : IDisposable
{
    private const string DataLink = "..data";

    private readonly TempDirectory _temp = new();
    private int _version;

    /// <param name="mounted">
    /// Lay each folder out as a mounted ConfigMap: the files in a hidden "..&lt;version&gt;" folder, a "..data" link to
    /// it, and every entry people name a link through "..data" (see <see cref="SwapMounted"/>).
    /// </param>
    public ContentCopy(bool mounted = false)
    {
        Mounted = mounted;
        Directory.CreateDirectory(Playbooks);
        Directory.CreateDirectory(PolicyFolder);
        var playbooks = mounted ? MountVersion(Playbooks) : Playbooks;
        foreach (var file in Directory.EnumerateFiles(PlaybookLoader.DefaultDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(playbooks, Path.GetRelativePath(PlaybookLoader.DefaultDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(PolicyLoader.SampleFile, Path.Combine(mounted ? MountVersion(PolicyFolder) : PolicyFolder, "hotel.yaml"));
        if (mounted)
        {
            Mount(Playbooks);
            Mount(PolicyFolder);
        }
    }

    public bool Mounted { get; }

    public string Playbooks => _temp.File("Playbooks");

    public string PolicyFile => Path.Combine(PolicyFolder, "hotel.yaml");

    private string PolicyFolder => _temp.File("policy");

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

    /// <summary>
    /// The first half of an edit delivered as Kubernetes updates a mounted ConfigMap: every file copied into a new
    /// hidden folder and the edit made there. Nothing people name changes until <see cref="SwapMounted"/>.
    /// </summary>
    /// <returns>The new version's folder.</returns>
    public string StageMounted(string? file, string from, string to)
    {
        Assert.True(Mounted);
        var mount = MountOf(file);
        var current = Path.Combine(mount, File.ResolveLinkTarget(Path.Combine(mount, DataLink), returnFinalTarget: false)!.FullName);
        var next = MountVersion(mount);
        foreach (var path in Directory.EnumerateFiles(current, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(next, Path.GetRelativePath(current, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }

        var edited = Path.Combine(next, file ?? "hotel.yaml");
        File.WriteAllText(edited, Replaced(edited, from, to));
        return next;
    }

    /// <summary>The second half: a "..data_tmp" link to the staged version renamed over "..data", in one step.</summary>
    public void SwapMounted(string? file, string staged)
    {
        var mount = MountOf(file);
        var link = Path.Combine(mount, DataLink + "_tmp");
        File.CreateSymbolicLink(link, Path.GetFileName(staged));
        Rename(link, Path.Combine(mount, DataLink));
    }

    /// <summary>The 1-based line of a playbooks file (or of the policy) that holds <paramref name="text"/>.</summary>
    public int LineOf(string? file, string text) =>
        File.ReadAllLines(PathOf(file)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => _temp.Dispose();

    private string MountOf(string? file) => file is null ? PolicyFolder : Playbooks;

    private string MountVersion(string mount) => Directory.CreateDirectory(Path.Combine(mount, $"..v{++_version}")).FullName;

    // The first version: "..data" to it, and a link through "..data" for each of its top-level entries.
    private static void Mount(string mount)
    {
        var version = Directory.EnumerateDirectories(mount, "..v*").Single();
        File.CreateSymbolicLink(Path.Combine(mount, DataLink), Path.GetFileName(version));
        foreach (var entry in Directory.EnumerateFileSystemEntries(version))
        {
            var name = Path.GetFileName(entry);
            File.CreateSymbolicLink(Path.Combine(mount, name), Path.Combine(DataLink, name));
        }
    }

    // rename(2) of one link over another, atomically, as Kubernetes' atomic writer does ("mv -T").
    private static void Rename(string from, string to)
    {
        using var mv = System.Diagnostics.Process.Start("mv", ["-T", from, to]);
        mv.WaitForExit();
        Assert.Equal(0, mv.ExitCode);
    }

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
