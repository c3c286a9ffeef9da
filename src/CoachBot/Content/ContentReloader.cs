using System.Threading.Channels;
using CoachBot.Diagnostics;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Content;

/// <summary>
/// Keeps the coaching content in step with its files: when the playbooks folder or the policy file changes, it waits
/// for the writes to settle, reloads the whole set and swaps it in only if every part loads; otherwise the last good
/// set stays and every error is logged with its file and line. Turns that are running keep the set they started with.
/// </summary>
internal sealed class ContentReloader(
    CoachingContent content,
    IOptions<ContentReloadOptions> options,
    TimeProvider timeProvider,
    ILogger<ContentReloader> logger) : BackgroundService
{
    // A file rewritten without pause (a log-like writer, a sync tool) still gets reloaded after this many quiet checks.
    private const int MaxWaits = 20;

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private ContentWatcher? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            ContentReloadLog.Off(logger);
            return Task.CompletedTask;
        }

        // Watching starts here, before the host takes requests, so a change made once the host is up is never missed.
        var loader = content.Store.Loader;
        try
        {
            _watcher = ContentWatcher.Start(loader.PlaybooksDirectory, loader.PolicyFiles, _changes.Writer, logger);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // The bot still serves the content it loaded; only following the files is lost, and the operator is told.
            ContentReloadLog.CannotWatch(logger, ex, loader.PlaybooksDirectory, ex.GetType().Name);
            return Task.CompletedTask;
        }

        ContentReloadLog.Watching(logger, loader.PlaybooksDirectory, loader.PolicyFiles);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            var changed = await SettleAsync(stoppingToken).ConfigureAwait(false);
            await ReloadAsync(string.Join(", ", changed), stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Collects changes until none has come for the debounce time (editors write a file in several steps).</summary>
    private async Task<SortedSet<string>> SettleAsync(CancellationToken cancellationToken)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        Drain(changed);
        var quiet = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);
        for (var wait = 0; wait < MaxWaits; wait++)
        {
            await Task.Delay(quiet, timeProvider, cancellationToken).ConfigureAwait(false);
            if (!Drain(changed))
            {
                break;
            }
        }

        return changed;
    }

    private bool Drain(SortedSet<string> changed)
    {
        var any = false;
        while (_changes.Reader.TryRead(out var file))
        {
            changed.Add(file);
            any = true;
        }

        return any;
    }

    private async Task ReloadAsync(string changedFiles, CancellationToken cancellationToken)
    {
        try
        {
            var before = content.Store.Current.Knowledge.Rules.Count;
            var result = await content.Store.ReloadAsync(cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                ContentReloadLog.Reloaded(logger, changedFiles, result.Content.Knowledge.Rules.Count);
                if (result.Content.Knowledge.Rules.Count < before)
                {
                    ContentReloadLog.FewerRules(logger, changedFiles, before, result.Content.Knowledge.Rules.Count);
                }

                return;
            }

            foreach (var error in result.Errors)
            {
                ContentReloadLog.ContentError(logger, error.Part, error.File, error.Line, error.Message);
            }

            ContentReloadLog.Rejected(logger, changedFiles, result.Errors.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A loader that throws instead of reporting must not end the watching: the last good set stays, the
            // next change tries again. The message is withheld as everywhere in the host's log.
            ContentReloadLog.Failed(logger, RedactedException.Of(ex)!, changedFiles, ex.GetType().Name);
        }
    }
}
