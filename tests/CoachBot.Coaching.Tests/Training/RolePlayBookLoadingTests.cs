using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tests.Content;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>The role plays load with the rest of the content; a broken scenario or check stops the load with its file and line.</summary>
public sealed class RolePlayBookLoadingTests : IDisposable
{
    private const string File = "roleplay/sample.yaml";
    private const string Checks = "roleplay/checks.yaml";

    // A scenario of the shape the shipped ones have; each test breaks one thing in it.
    private const string Sample = """
        id: sample
        title: { en: "Sample", vi: "Mẫu", zh: "样例", zh-Hant: "樣例" }
        role: guest
        sources: [H-12]
        triggers:
          en: [sample case]
          vi: [tình huống mẫu]
          zh: [样例情况]
        setup: { en: "A guest is upset.", vi: "Khách đang bực.", zh: "客人不高兴。", zh-Hant: "客人不高興。" }
        turns:
          - says: { en: "This is unacceptable!", vi: "Không chấp nhận được!", zh: "太不像话了！", zh-Hant: "太不像話了！" }
            checks: [apologised]
            model: { en: "I'm so sorry.", vi: "Dạ, em xin lỗi anh.", zh: "非常抱歉。", zh-Hant: "非常抱歉。" }
            why: { en: "Apologise first (H-16).", vi: "Xin lỗi trước (H-16).", zh: "先道歉（H-16）。", zh-Hant: "先道歉（H-16）。" }
          - says: { en: "And?", vi: "Rồi sao?", zh: "然后呢？", zh-Hant: "然後呢？" }
            checks: [stayed_calm, involved_manager]
            model: { en: "I'll ask the duty manager to join us.", vi: "Dạ, em mời quản lý trực xuống ạ.", zh: "我请值班经理过来。", zh-Hant: "我請值班經理過來。" }
            why: { en: "Bring in the manager (H-16).", vi: "Mời quản lý (H-16).", zh: "请经理出面（H-16）。", zh-Hant: "請經理出面（H-16）。" }

        """;

    private readonly TempContent _content = new();

    public RolePlayBookLoadingTests() => System.IO.File.WriteAllText(Path.Combine(_content.Playbooks, File), Sample);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Load_ShippedRolePlaysAndASample_AreInTheContentSet()
    {
        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(7, result.Content.RolePlays.Scenarios.Count);
        Assert.Equal("sample", result.Content.RolePlays.Find("let me try the sample case")?.Id);
        Assert.Equal(["stayed_calm", "involved_manager"], result.Content.RolePlays.Scenario("sample")!.Turns[1].Checks.Select(c => c.Id));
    }

    [Theory]
    [InlineData(File, "    checks: [stayed_calm, involved_manager]", "    checks: [stayed_calm, involved_managers]", "involved_managers", "check 'involved_managers' is not in roleplay/checks.yaml")]
    [InlineData(File, "sources: [H-12]", "sources: [H-99]", "sources: [H-99]", "source 'H-99' is not in sources.yaml")]
    [InlineData(File, "id: sample", "id: lost-bag", "id: lost-bag", "scenario id 'lost-bag' is used twice (also in roleplay/lost-bag.yaml)")]
    [InlineData(File, "en: [sample case]", "en: [sample case, Lost Bag]", "Lost Bag", "trigger 'lost bag' also names scenario 'lost-bag'")]
    [InlineData(File, "  vi: [tình huống mẫu]", "  vi: []", "en: [sample case]", "no trigger phrases for vi")]
    [InlineData(File, "  zh: [样例情况]\n", "", "en: [sample case]", "no trigger phrases for zh")]
    [InlineData(Checks, "  - id: stayed_calm", "  - id: apologised", "  - id: apologised", "check id 'apologised' is used twice")]
    [InlineData(Checks, "    sources: [H-16]\n", "    sources: [H-61]\n", "sources: [H-61]", "source 'H-61' is not in sources.yaml")]
    [InlineData(Checks, "      vi: [xin lỗi, thành thật xin lỗi, cáo lỗi]\n", "", "en: [sorry, apologise", "no check phrases for vi")]
    [InlineData(Checks, "      en: [sorry, apologise,", "      en: [\"--\", sorry, apologise,", "en: [\"--\"", "check phrase '--' has no words once folded")]
    public async Task Load_ABrokenRolePlay_FailsWithItsFileLineAndWhy(string file, string from, string to, string lineText, string message)
    {
        _content.Edit(file, from, to);

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ContentPart.RolePlays, file), (error.Part, error.File));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LastLineOf(file, lineText), error.Line);
    }

    [Fact]
    public async Task Load_ATextWithoutTraditionalChinese_FailsOnTheSchemaWithTheLanguageNamed()
    {
        _content.Edit(File, ", zh-Hant: \"客人不高興。\"", string.Empty);

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ContentPart.RolePlays, File, _content.LineOf(File, "setup:")), (error.Part, error.File, error.Line));
        Assert.Contains("missing language 'zh-Hant'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NoChecksFile_FailsOnIt()
    {
        System.IO.File.Delete(Path.Combine(_content.Playbooks, Checks));

        var error = Assert.Single((await _content.Loader().LoadAsync(CancellationToken.None)).Errors);

        Assert.Equal((ContentPart.RolePlays, Checks), (error.Part, error.File));
    }

    [Fact]
    public async Task Load_NoRolePlayFolder_AnEmptyBook()
    {
        Directory.Delete(Path.Combine(_content.Playbooks, "roleplay"), recursive: true);

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Content.RolePlays.Scenarios);
        Assert.Null(result.Content.RolePlays.Find("lost bag"));
    }

    // The line of the last occurrence: an edited entry may repeat one above it.
    private int LastLineOf(string file, string text) =>
        System.IO.File.ReadAllLines(Path.Combine(_content.Playbooks, file)).Select((line, i) => (line, i)).Last(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
