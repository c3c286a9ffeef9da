using CoachBot.Coaching.Content;

namespace CoachBot.Content;

/// <summary>The content reload's log lines (event ids 6001-6099): folders, file names, lines and the loaders' problems; never what a user typed.</summary>
internal static partial class ContentReloadLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Watching {PlaybooksDirectory} and {PolicyFiles}: the coaching content reloads when they change")]
    public static partial void Watching(ILogger logger, string playbooksDirectory, IReadOnlyList<string> policyFiles);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Content reload is off (Content:Reload:Enabled); a change to the playbooks or the policy needs a restart")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Content reload is off: {Path} cannot be watched ({ExceptionType}); a change to the playbooks or the policy needs a restart")]
    public static partial void CannotWatch(ILogger logger, Exception exception, string path, string exceptionType);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Content reloaded after changes to {ChangedFiles}: {RuleCount} rules; new turns use it")]
    public static partial void Reloaded(ILogger logger, string changedFiles, int ruleCount);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Content reload: {Part} error in {File} line {Line}: {Problem}")]
    public static partial void ContentError(ILogger logger, ContentPart part, string file, int line, string problem);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Content reload after changes to {ChangedFiles} found {ErrorCount} errors; the last good content stays in use")]
    public static partial void Rejected(ILogger logger, string changedFiles, int errorCount);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error, Message = "Content reload after changes to {ChangedFiles} failed with {ExceptionType}; the last good content stays in use")]
    public static partial void Failed(ILogger logger, Exception exception, string changedFiles, string exceptionType);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Content reloaded after changes to {ChangedFiles} has fewer rules than before ({Before} → {After}); check nothing was removed by mistake")]
    public static partial void FewerRules(ILogger logger, string changedFiles, int before, int after);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Watching {Path} lost track of changes ({ExceptionType}); reloading everything to be sure")]
    public static partial void WatchError(ILogger logger, Exception exception, string path, string exceptionType);
}
