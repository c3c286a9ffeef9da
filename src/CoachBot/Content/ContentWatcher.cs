using System.Threading.Channels;

namespace CoachBot.Content;

/// <summary>
/// Watches the playbooks folder (sub-folders included: <c>recogniser/</c>, <c>schema/</c>) and the policy file, and
/// writes the name of each changed content file to a channel. It neither waits nor loads: the reloader does both.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    /// <summary>What is reported when the system dropped events: something may have changed, so reload.</summary>
    public const string LostTrack = "(changes the system did not report)";

    // Kubernetes updates a mounted ConfigMap or Secret by writing the new files into a fresh hidden folder and renaming
    // a "..data" link over the old one; the files people name are links through "..data", so their own names never
    // change and the rename is the only sign of the update.
    private const string MountedDataLink = "..data";

    // Playbooks, lexicon, texts and policy are YAML, the character table text, the schemas JSON; editors' swap,
    // lock and backup files (".x.yaml.swp", ".#x.yaml", "x.yaml~", vim's "4913") are none of these.
    private static readonly string[] ContentExtensions = [".yaml", ".yml", ".txt", ".json", ".jsonl"];

    private List<FileSystemWatcher> _watchers = [];
    private readonly ChannelWriter<string> _changes;
    private readonly ILogger _logger;

    private ContentWatcher(ChannelWriter<string> changes, ILogger logger)
    {
        _changes = changes;
        _logger = logger;
    }

    /// <summary>Starts watching; from its return on, every change is reported.</summary>
    /// <exception cref="IOException">The system cannot watch more folders (on Linux, the inotify limits).</exception>
    /// <exception cref="ArgumentException">A folder does not exist.</exception>
    public static ContentWatcher Start(string playbooksDirectory, IEnumerable<string> policyFiles, ChannelWriter<string> changes, ILogger logger)
    {
        var watcher = new ContentWatcher(changes, logger);
        try
        {
            var playbooks = Path.GetFullPath(playbooksDirectory);
            watcher.Watch(playbooks, includeSubdirectories: true, path => IsContent(path) || IsFolderSwap(path) ? Path.GetRelativePath(playbooks, path) : null);

            // Only the configured files of each policy folder (files nobody configured may sit beside them), one watcher
            // per folder. A false match costs one reload that changes nothing, so names are compared as a
            // case-insensitive system would.
            foreach (var folder in policyFiles.Select(Path.GetFullPath).GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.OrdinalIgnoreCase))
            {
                var files = folder.ToHashSet(StringComparer.OrdinalIgnoreCase);
                watcher.Watch(folder.Key, includeSubdirectories: false,
                    path => files.Contains(path) || IsMountedDataLink(path) ? Path.GetFileName(path) : null);
            }

            return watcher;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // The reloader may be stopped twice at once (a host stopped while RunAsync also stops it), then disposed.
        foreach (var watcher in Interlocked.Exchange(ref _watchers, []))
        {
            watcher.Dispose();
        }
    }

    private static bool IsContent(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && ContentExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
    }

    // A folder renamed into place (a whole "recogniser/" swapped for a new one, or a mount's "..data" link) brings
    // new files without an event for any of them: the folder's own event is the change. Only named for created and
    // renamed entries, which still exist; a folder's deletion shows in the deletion of its files.
    private static bool IsFolderSwap(string path) => IsMountedDataLink(path) || Directory.Exists(path);

    private static bool IsMountedDataLink(string path) => Path.GetFileName(path) == MountedDataLink;

    private void Watch(string directory, bool includeSubdirectories, Func<string, string?> nameOf)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watchers.Add(watcher);
        watcher.Changed += (_, e) => Report(nameOf(e.FullPath));
        watcher.Created += (_, e) => Report(nameOf(e.FullPath));
        watcher.Deleted += (_, e) => Report(nameOf(e.FullPath));

        // An editor that saves by renaming a temporary file over the real one shows only in the new name.
        watcher.Renamed += (_, e) =>
        {
            Report(nameOf(e.OldFullPath));
            Report(nameOf(e.FullPath));
        };
        watcher.Error += (_, e) =>
        {
            var exception = e.GetException();
            ContentReloadLog.WatchError(_logger, exception, directory, exception.GetType().Name);
            Report(LostTrack);
        };
        watcher.EnableRaisingEvents = true;
    }

    private void Report(string? file)
    {
        if (file is not null)
        {
            _changes.TryWrite(file);
        }
    }
}
