using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>The honest answer when the bot cannot reach its memory.</summary>
internal static class StoreDownReply
{
    public static TextId Text { get; } = new("turn.store-down");

    public static Reply For(TextCatalog texts, string? locale) => Reply.Say(texts.For(Text, ReplyLanguage.FromTag(locale) ?? ReplyLanguage.English));
}
