using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>The shipped role plays: the six scenarios, their triggers, and model answers that pass their own checks.</summary>
public sealed class RolePlayBookTests(RolePlayFixture fixture) : IClassFixture<RolePlayFixture>
{
    [Fact]
    public void Book_ShippedScenarios_AreTheSixCasesWithTheirRoles()
    {
        Assert.Equal(
            [("bank-incumbent", RolePlayRole.Prospect), ("banquet-spill", RolePlayRole.Guest), ("lost-bag", RolePlayRole.Guest),
             ("lost-conference", RolePlayRole.Prospect), ("regular-discount", RolePlayRole.Guest), ("wake-up-call", RolePlayRole.Guest)],
            fixture.Book.Scenarios.Select(s => (s.Id, s.Role)));
        Assert.Equal(RolePlayScore.DefaultPassMark, fixture.Book.PassMark);
        Assert.All(fixture.Book.Scenarios, s => Assert.InRange(s.Turns.Count, 2, 3));
    }

    [Fact]
    public void Scenarios_EveryTurnsChecks_AreBookChecksAndEveryCheckIsUsed()
    {
        var checks = fixture.Book.Checks.ToHashSet();
        var used = fixture.Book.Scenarios.SelectMany(s => s.Turns).SelectMany(t => t.Checks).ToHashSet();

        Assert.Subset(checks, used);
        Assert.Equal(checks.Select(c => c.Id).Order(), used.Select(c => c.Id).Order());
    }

    [Fact]
    public void Scenarios_Every_HasTriggersInEnglishVietnameseAndChinese() =>
        Assert.All(fixture.Book.Scenarios, s => Assert.All(AnswerGrader.Languages, l => Assert.NotEmpty(s.Triggers[l])));

    public static TheoryData<string, int, string> ModelAnswers()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (id, turns) in new[] { ("lost-bag", 2), ("wake-up-call", 2), ("banquet-spill", 2), ("regular-discount", 2), ("bank-incumbent", 2), ("lost-conference", 3) })
        {
            for (var turn = 0; turn < turns; turn++)
            {
                foreach (var language in new[] { "en", "vi", "zh", "zh-Hant" })
                {
                    data.Add(id, turn, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelAnswers))]
    public void Model_EveryTurnInEveryLanguage_PassesItsOwnChecks(string scenario, int turn, string language)
    {
        var exchange = fixture.Book.Scenario(scenario)!.Turns[turn];

        var failed = fixture.Book.Grade(exchange, exchange.Model.For(ReplyLanguage.FromTag(language)!)).Where(r => !r.Passed).Select(r => $"{r.Check.Id} ({r.Phrase})");

        Assert.Empty(failed);
    }

    [Fact]
    public void Score_ModelAnswersOfAWholeRolePlay_Pass()
    {
        var scenario = fixture.Book.Scenario("lost-conference")!;

        var score = fixture.Book.Score(scenario.Turns.SelectMany(t => fixture.Book.Grade(t, t.Model.En)));

        Assert.Equal((scenario.CheckCount, true), (score.ChecksPassed, score.Passed));
    }

    [Theory]
    [InlineData("practise the lost bag", "lost-bag")]
    [InlineData("cho em luyện tình huống khách mất túi", "lost-bag")]
    [InlineData("luyen tinh huong tui bi mat", "lost-bag")]
    [InlineData("我想练习丢包的情况", "lost-bag")]
    [InlineData("練習寄存的包不見了", "lost-bag")]
    [InlineData("role-play the wake-up call", "wake-up-call")]
    [InlineData("练习叫醒服务", "wake-up-call")]
    [InlineData("let me practise the banquet one", "banquet-spill")]
    [InlineData("tập xử lý khách quen xin giảm thêm", "regular-discount")]
    [InlineData("practise a prospect happy with their bank", "bank-incumbent")]
    [InlineData("luyện giành lại hội nghị", "lost-conference")]
    [InlineData("練習把會議爭取回來", "lost-conference")]
    public void Find_TextNamingAScenario_FindsIt(string text, string scenario) =>
        Assert.Equal(scenario, fixture.Book.Find(text)?.Id);

    [Theory]
    [InlineData("practise something")]
    [InlineData("")]
    public void Find_TextNamingNoScenario_Null(string text) =>
        Assert.Null(fixture.Book.Find(text));
}
