using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>The honest answer when the bot's own code failed on a turn: nothing happened, try again.</summary>
internal static class TurnFailedReply
{
    public static TextId Text { get; } = new("turn.failed");

    public static Reply For(TextCatalog texts, string? locale) => Reply.Say(texts.For(Text, ReplyLanguage.FromTag(locale) ?? ReplyLanguage.English));
}
