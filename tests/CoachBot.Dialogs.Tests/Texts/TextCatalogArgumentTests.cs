namespace CoachBot.Dialogs.Tests.Texts;

/// <summary>Command phrases with a slot ("my notes on {0}"): the name is taken as typed, and only where the phrase fits the whole message.</summary>
public sealed class TextCatalogArgumentTests
{
    private static readonly CommandId Notes = new("my-notes");

    private static readonly TextCatalog Catalog = new(
        new Dictionary<string, LocalizedText>(),
        new Dictionary<string, IReadOnlyList<CommandPhrase>>
        {
            ["my-notes"] =
            [
                new(ReplyLanguage.English, "my notes"),
                new(ReplyLanguage.English, "my notes on {0}"),
                new(ReplyLanguage.English, "notes on {0}"),
                new(ReplyLanguage.Vietnamese, "ghi chú về {0}"),
                new(ReplyLanguage.Chinese, "关于{0}的记录"),
                new(ReplyLanguage.Chinese, "{0}的拜访记录"),
                new(ReplyLanguage.TraditionalChinese, "關於{0}的紀錄"),
            ],
            ["help"] = [new(ReplyLanguage.English, "help")],
        });

    [Theory]
    [InlineData("my notes on Keller Logistics", "Keller Logistics", "en")]
    [InlineData("  My Notes On keller logistics?  ", "keller logistics", "en")]
    [InlineData("notes on ABC", "ABC", "en")]
    [InlineData("ghi chú về công ty ABC", "công ty ABC", "vi")]
    [InlineData("ghi chu ve cong ty ABC", "cong ty ABC", "vi")]
    [InlineData("Ghi Chú Về Công ty Minh Phát.", "Công ty Minh Phát", "vi")]
    [InlineData("关于华为的记录", "华为", "zh")]
    [InlineData("关于华为的记录。", "华为", "zh")]
    [InlineData("華為的拜访记录", "華為", "zh")]
    [InlineData("關於長榮的紀錄", "長榮", "zh-Hant")]
    public void RecognizeWithArgument_PhraseWithAName_TheNameAsTypedAndThePhrasesLanguage(string text, string name, string language)
    {
        var match = Catalog.RecognizeWithArgument(Notes, text);

        Assert.NotNull(match);
        Assert.Equal(name, match.Argument);
        Assert.Equal(language, match.Language.Tag);
    }

    [Theory]
    [InlineData("my notes")]
    [InlineData("My notes!")]
    public void RecognizeWithArgument_WholePhrase_MatchesWithoutAName(string text)
    {
        var match = Catalog.RecognizeWithArgument(Notes, text);

        Assert.NotNull(match);
        Assert.Null(match.Argument);
    }

    [Theory]
    [InlineData("my notes on")]
    [InlineData("my notes on   ?")]
    [InlineData("my notes one two")]
    [InlineData("the guest wants my notes on the bill")]
    [InlineData("关于的记录")]
    [InlineData("help")]
    [InlineData("")]
    public void RecognizeWithArgument_NoNameOrNotThePhrase_Null(string text) =>
        Assert.Null(Catalog.RecognizeWithArgument(Notes, text));

    [Fact]
    public void Recognize_PhraseWithASlot_IsNeverAWholeMessage() =>
        Assert.Null(Catalog.Recognize("my notes on {0}"));
}
