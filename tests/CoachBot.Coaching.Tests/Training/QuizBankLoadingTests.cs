using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tests.Content;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>The quiz questions load with the rest of the content; a broken question stops the load with its file and line.</summary>
public sealed class QuizBankLoadingTests : IDisposable
{
    private const string File = "quiz/sample.yaml";

    // Two questions of the shape the shipped ones have; each test breaks one thing in them.
    private const string Sample = """
        topic: complaints
        questions:
          - id: sample.kind.accusatory
            kind: choice
            sources: [H-12]
            prompt: { en: "A guest shouts and wants money. What kind?", vi: "Khách quát và đòi tiền. Kiểu nào?", zh: "客人大喊要赔钱。哪一种？", zh-Hant: "客人大喊要賠錢。哪一種？" }
            options:
              - id: a
                text: { en: "Accusatory", vi: "Khách khiếu nại gay gắt", zh: "控告性投诉", zh-Hant: "控告性客訴" }
              - id: b
                text: { en: "Critical", vi: "Khách phê bình, chê trách", zh: "批评性投诉", zh-Hant: "批評性客訴" }
            answer: a
            why: { en: "He demands a commitment.", vi: "Khách đòi một cam kết.", zh: "他要求承诺。", zh-Hant: "他要求承諾。" }
          - id: sample.kind.critical
            kind: choice
            sources: [H-13]
            prompt: { en: "A calm guest criticises and asks for nothing. What kind?", vi: "Khách bình tĩnh chê và không đòi gì. Kiểu nào?", zh: "客人平静地批评，什么也不要。哪一种？", zh-Hant: "客人平靜地批評，什麼也不要。哪一種？" }
            options:
              - id: a
                text: { en: "Accusatory", vi: "Khách khiếu nại gay gắt", zh: "控告性投诉", zh-Hant: "控告性客訴" }
              - id: b
                text: { en: "Critical", vi: "Khách phê bình, chê trách", zh: "批评性投诉", zh-Hant: "批評性客訴" }
              - id: c
                text: { en: "Constructive", vi: "Khách góp ý", zh: "建设性投诉", zh-Hant: "建設性客訴" }
            answer: b
            why: { en: "He wants to be heard, not paid.", vi: "Khách muốn được lắng nghe.", zh: "他只想被倾听。", zh-Hant: "他只想被傾聽。" }

        """;

    private readonly TempContent _content = new();

    public QuizBankLoadingTests() => System.IO.File.WriteAllText(Path.Combine(_content.Playbooks, File), Sample);

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Load_ShippedQuestions_AreInTheContentSetWithTheirAnswersAndSources()
    {
        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var question = result.Content.Quiz.Questions.Single(q => q.Id == "complaints.kind.accusatory");
        Assert.Equal("complaints", question.Topic);
        Assert.Equal(["H-12"], question.Sources);
        Assert.True(question.IsRight(["a"]));
        Assert.False(question.IsRight(["b"]));
        Assert.Contains("控告性", question.Options[0].Text.For(ReplyLanguage.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ShippedQuestions_CoverEveryQuizIdTwiceInEveryTopicAUserCanAskFor()
    {
        var content = (await _content.Loader().LoadAsync(CancellationToken.None)).Content!;

        Assert.Empty(content.Quiz.Uncovered(content.Knowledge.Sources));
        Assert.Equal(["aidaa", "complaints", "discounts", "managers", "wedge"], content.Quiz.Topics.Order(StringComparer.Ordinal));
        Assert.All(content.Quiz.Questions, q => Assert.Equal(q.Kind == QuizKind.Order ? q.Options.Count : 1, q.Answer.Count));
    }

    [Fact]
    public async Task Uncovered_ListsQuizIdsWithFewerThanTwoQuestions_AndNotTheOthers()
    {
        foreach (var shipped in Directory.EnumerateFiles(Path.Combine(_content.Playbooks, "quiz")).Where(f => !f.EndsWith("sample.yaml", StringComparison.Ordinal)))
        {
            System.IO.File.Delete(shipped);
        }

        var content = (await _content.Loader().LoadAsync(CancellationToken.None)).Content!;
        var before = content.Quiz.Uncovered(content.Knowledge.Sources);
        _content.Edit(File, "    sources: [H-13]\n", "    sources: [H-12, H-13]\n");
        var after = (await _content.Loader().LoadAsync(CancellationToken.None)).Content!;

        Assert.Contains(("H-12", 1), before);
        Assert.Contains(("H-17", 0), before);
        Assert.DoesNotContain(before, u => u.Id == "H-07"); // sales authority: for managers, not quizzes
        Assert.Equal(58, before.Count + content.Knowledge.Sources.Entries.Count(e => e.Uses.Contains(Coaching.Knowledge.SourceUse.Quiz) && !before.Any(u => u.Id == e.Id)));
        Assert.DoesNotContain(after.Quiz.Uncovered(after.Knowledge.Sources), u => u.Id == "H-12");
    }

    [Theory]
    [InlineData("    answer: a\n", "    answer: d\n", "    answer: d", "the answer names option 'd'")]
    [InlineData("    sources: [H-12]\n", "    sources: [H-99]\n", "sources: [H-99]", "source 'H-99' is not in sources.yaml")]
    [InlineData("  - id: sample.kind.critical\n", "  - id: sample.kind.accusatory\n", "id: sample.kind.accusatory", "is used twice")]
    [InlineData("      - id: c\n", "      - id: b\n", "- id: b", "option 'b' is given twice")]
    [InlineData("    answer: b\n", "    answer: [b, a]\n", "answer: [b, a]", "a choice question has one answer, not 2")]
    [InlineData("  - id: sample.kind.critical\n", "  - id: complaints.kind.accusatory\n", "id: complaints.kind.accusatory", "is used twice (also in quiz/complaints.yaml)")]
    public async Task Load_ABrokenQuestion_FailsWithItsFileLineAndWhy(string from, string to, string lineText, string message)
    {
        _content.Edit(File, from, to);

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ContentPart.Quiz, error.Part);
        Assert.Equal(File, error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LastLineOf(lineText), error.Line);
    }

    [Fact]
    public async Task Load_AQuestionWithoutVietnamese_FailsOnTheSchemaWithTheLanguageNamed()
    {
        _content.Edit(File, "vi: \"Khách quát và đòi tiền. Kiểu nào?\"", "vn: \"Khách quát và đòi tiền. Kiểu nào?\"");

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(File, e.File));
        Assert.Contains(result.Errors, e => e.Message.Contains("missing language 'vi'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_AnOrderQuestionMissingAStep_FailsOnItsAnswer()
    {
        _content.Edit(File, "    kind: choice\n    sources: [H-13]", "    kind: order\n    sources: [H-13]");
        _content.Edit(File, "    answer: b\n", "    answer: [b, a]\n");

        var result = await _content.Loader().LoadAsync(CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(File, error.File);
        Assert.Contains("an order question's answer lists every option once, in order (3 options, 2 given)", error.Message, StringComparison.Ordinal);
    }

    // The line of the last occurrence: an edited question is the second of the file.
    private int LastLineOf(string text) =>
        System.IO.File.ReadAllLines(Path.Combine(_content.Playbooks, File)).Select((line, i) => (line, i)).Last(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
