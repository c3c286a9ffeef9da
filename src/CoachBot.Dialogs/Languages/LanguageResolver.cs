namespace CoachBot.Dialogs;

/// <summary>
/// Picks the reply language: the user's explicit choice, else the language of the message (detected by the
/// host, else from its letters, else remembered from the user's last message), else the channel locale, else English.
/// </summary>
public static class LanguageResolver
{
    /// <summary>The reply language for <paramref name="turn"/>, and the message language to remember in state.</summary>
    public static (ReplyLanguage Reply, ReplyLanguage? Message) Resolve(IncomingTurn turn, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var previous = ReplyLanguage.FromTag(state.MessageLanguage);
        var detected = ReplyLanguage.FromTag(turn.DetectedLanguage);
        if (detected is { Code: "zh" } && previous is { Code: "zh" })
        {
            // "好", a name: Chinese whose letters do not tell the script keeps the script the user writes in.
            detected = ScriptLanguageDetector.Detect(turn.Text, previous) ?? detected;
        }

        var message = detected
            ?? ScriptLanguageDetector.Detect(turn.Text, previous ?? ReplyLanguage.FromTag(turn.Locale))
            ?? previous;
        var reply = ReplyLanguage.FromTag(state.Language)
            ?? message
            ?? ReplyLanguage.FromTag(turn.Locale)
            ?? ReplyLanguage.English;
        return (reply, message);
    }
}
