using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Texts;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Texts;

public class TextCatalogLoaderTests
{
    private const string File = "texts.yaml";

    private static readonly TextKeySet Keys = TextKeySet.FromClasses(typeof(SampleKeys));

    private static readonly SchemaChecker Schema = SchemaChecker
        .LoadAsync(Path.Combine(PlaybookLoader.DefaultDirectory, "schema", "texts.schema.json"), CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public async Task LoadAsync_ShippedFileWithTheCodesKeys_LoadsWithoutErrors()
    {
        var result = await TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingBot.TextKeys, CancellationToken.None);

        // Every key the coaching bot names is there; keys of areas it names nothing in (the host's duty desk, channel quizzes) are the
        // host's, checked by the host's own test.
        Assert.Empty(result.Errors);
        Assert.Subset(result.Catalog!.TextKeys.ToHashSet(), CoachingBot.TextKeys.Texts.ToHashSet());
        Assert.Subset(result.Catalog.CommandKeys.ToHashSet(), CoachingBot.TextKeys.Commands.ToHashSet());
        Assert.All(result.Catalog.TextKeys.Except(CoachingBot.TextKeys.Texts), k => Assert.Matches(@"^(escalation|card|turn|channel-quiz|llm)\.", k));
    }

    [Fact]
    public void Load_ValidFile_ServesTextsAndRecognisesPhrasesFolded()
    {
        var catalog = Load(Valid()).OrThrow();

        Assert.Equal("Cảm ơn {0}.", catalog[SampleKeys.Thanks].Vi);
        Assert.Equal("謝謝 Lan。", catalog.Format(SampleKeys.Thanks, ReplyLanguage.TraditionalChinese, "Lan"));
        Assert.Equal(new CommandMatch(SampleKeys.Cancel, ReplyLanguage.Vietnamese), catalog.Recognize("Hủy!"));
        Assert.Equal(new CommandMatch(SampleKeys.Cancel, ReplyLanguage.Vietnamese), catalog.Recognize("huy"));
        Assert.Null(catalog.Recognize("cancel the booking"));
    }

    [Fact]
    public void Load_TextWithoutTraditionalChinese_ReportsMissingLanguageOnItsLine()
    {
        var result = Load(Valid().Replace("    zh-Hant: \"謝謝 {0}。\"\n", string.Empty, StringComparison.Ordinal));

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 4), (error.File, error.Line)); // the text's first line
        Assert.Contains("missing language 'zh-Hant'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderMissingInOneLanguage_ReportsThatLanguagesLine()
    {
        var result = Load(Valid().Replace("zh: \"谢谢 {0}。\"", "zh: \"谢谢。\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 6), (error.File, error.Line));
        Assert.Contains("texts.sample.thanks.zh: placeholders (none) differ from en's {0}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PhraseOfTwoCommandsOnceFolded_ReportsTheSecondOnItsLine()
    {
        var result = Load(Valid().Replace("vi: [xin chào]", "vi: [xin chào, Huỷ]", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 21), (error.File, error.Line));
        Assert.Contains("the phrase 'Huỷ' is already a phrase of 'cancel'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PhraseWithASlot_MatchesWithTheNameTyped()
    {
        var catalog = Load(Valid().Replace("en: [hello]", "en: [hello, \"hello to {0}\"]", StringComparison.Ordinal)).OrThrow();

        Assert.Equal("Keller Logistics", catalog.RecognizeWithArgument(SampleKeys.Greet, "Hello to Keller Logistics")?.Argument);
        Assert.Null(catalog.Recognize("hello to {0}"));
    }

    [Theory]
    [InlineData("\"hello {0} and {1}\"", "may hold one slot, {0}, and no other brace")]
    [InlineData("\"hello {1}\"", "may hold one slot, {0}, and no other brace")]
    [InlineData("\"hello {0} {0}\"", "may hold one slot, {0}, and no other brace")]
    [InlineData("\"hello {name}\"", "may hold one slot, {0}, and no other brace")]
    [InlineData("\"{0}!\"", "has no words besides its slot")]
    public void Load_PhraseWithABadSlot_ReportsItOnItsLine(string phrase, string problem)
    {
        var result = Load(Valid().Replace("en: [hello]", $"en: [hello, {phrase}]", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 20), (error.File, error.Line));
        Assert.Contains($"commands.greet.en: the phrase '{phrase.Trim('"')}' {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyNoCodeUses_ReportsUnknownKeyOnItsLine()
    {
        var result = Load(Valid() + "  sample:\n    en: [x]\n    vi: [y]\n    zh: [z]\n    zh-Hant: [w]\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 24), (error.File, error.Line));
        Assert.Contains("commands.sample: unknown command key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyTheCodeUsesIsAbsent_ReportsMissingKey()
    {
        var result = Load(Valid().Replace("sample.thanks:", "sample.thank-you:", StringComparison.Ordinal));

        Assert.Null(result.Catalog);
        Assert.Contains(result.Errors, e => e.Message.Contains("unknown text key", StringComparison.Ordinal) && e.Line == 3);
        Assert.Contains(result.Errors, e => e.Message.Contains("missing text 'sample.thanks'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownLanguage_ReportsUnknownPropertyOnItsLine()
    {
        var result = Load(Valid().Replace("    vi: \"Cảm ơn {0}.\"\n", "    vi: \"Cảm ơn {0}.\"\n    fr: \"Merci {0}.\"\n", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, 6), (error.File, error.Line));
        Assert.Contains("unknown property 'fr'", error.Message, StringComparison.Ordinal);
    }

    private static TextCatalogLoadResult Load(string yaml) => TextCatalogLoader.Load(File, yaml, Schema, Keys);

    // Line numbers in the tests above count from here: "texts:" is line 1.
    private static string Valid() => """
        texts:
          # a comment
          sample.thanks:
            en: "Thanks {0}."
            vi: "Cảm ơn {0}."
            zh: "谢谢 {0}。"
            zh-Hant: "謝謝 {0}。"
          sample.bye:
            en: "Bye."
            vi: "Tạm biệt."
            zh: "再见。"
            zh-Hant: "再見。"
        commands:
          cancel:
            en: [cancel]
            vi: [hủy]
            zh: [取消]
            zh-Hant: [取消]
          greet:
            en: [hello]
            vi: [xin chào]
            zh: [你好]
            zh-Hant: [你好]

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static class SampleKeys
    {
        public static TextId Thanks { get; } = new("sample.thanks");

        public static TextId Bye { get; } = new("sample.bye");

        public static CommandId Cancel { get; } = new("cancel");

        public static CommandId Greet { get; } = new("greet");
    }
}
