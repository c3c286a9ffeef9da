using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>How the grader reads an answer: negation within a clause and a window, neutral phrases, questions, folding, and what a result shows.</summary>
public sealed class AnswerGraderTests(RolePlayFixture fixture) : IClassFixture<RolePlayFixture>
{
    private CheckResult Grade(string checkId, string answer) =>
        fixture.Book.Grader.Grade(answer, [fixture.Book.Checks.Single(c => c.Id == checkId)])[0];

    [Fact]
    public void Grade_PresentCheckOnlyNegated_FailsWithThePhraseShownAsNegated()
    {
        var result = Grade("apologised", "I won't apologise, it's not our fault.");

        Assert.False(result.Passed);
        Assert.Equal(("apologise", true), (result.Phrase, result.Negated));
    }

    [Fact]
    public void Grade_AbsentCheckOnlyNegated_PassesWithThePhraseShownAsNegated()
    {
        var result = Grade("no_promise_compensation", "I'm not able to offer a refund myself, but I'll get the manager.");

        Assert.True(result.Passed);
        Assert.Equal(("offer a refund", true), (result.Phrase, result.Negated));
    }

    [Theory]
    [InlineData("I don't know what happened yet, but I'm so sorry.")]
    [InlineData("I don't know what happened but I'm so sorry")]
    [InlineData("I don't know where it is; sorry, sir.")]
    [InlineData("Dạ em không biết túi ở đâu, nhưng em xin lỗi anh.")]
    [InlineData("我不知道包在哪里，但是真的很抱歉。")]
    public void Grade_CueInAnEarlierClause_DoesNotNegate(string answer) =>
        Assert.True(Grade("apologised", answer).Passed);

    [Fact]
    public void Grade_CueFartherThanTheWindow_DoesNotNegate() =>
        Assert.True(Grade("apologised", "I did not see your bag come in earlier tonight and I am so sorry").Passed);

    [Theory]
    [InlineData("Don't worry I'll call the duty manager now")]
    [InlineData("Dạ anh đừng lo em gọi quản lý xuống liền")]
    [InlineData("您别担心我马上请值班经理过来")]
    public void Grade_NeutralReassurance_NegatesNothing(string answer) =>
        Assert.True(Grade("involved_manager", answer).Passed);

    [Fact]
    public void Grade_PhraseHoldingItsOwnNegation_IsFoundWhole()
    {
        var result = Grade("stayed_calm", "It's not our problem if you went back to sleep.");

        Assert.False(result.Passed);
        Assert.Equal(("not our problem", false), (result.Phrase, result.Negated));
    }

    [Theory]
    [InlineData("How did you come to choose them?", true)]
    [InlineData("Tell me how you chose them.", false)]
    [InlineData("How you chose them doesn't matter. Are you happy?", false)]
    [InlineData("您当初为什么选择他们？", true)]
    [InlineData("您當初為什麼選擇他們？", true)]
    [InlineData("Anh chọn họ vì sao vậy?", true)]
    public void Grade_QuestionCheck_CountsAQuestionWordOnlyInASentenceEndingWithAQuestionMark(string answer, bool passed) =>
        Assert.Equal(passed, Grade("asked_discovery_question", answer).Passed);

    [Theory]
    [InlineData("xin loi anh nhieu", "xin lỗi")]
    [InlineData("對不起，我馬上處理", "对不起")]
    [InlineData("I'M SO SORRY", "sorry")]
    public void Grade_UnmarkedTraditionalOrCapitalisedInput_ShowsThePhraseAsWrittenInTheChecks(string answer, string phrase) =>
        Assert.Equal((true, phrase), (Grade("apologised", answer).Passed, Grade("apologised", answer).Phrase));

    [Fact]
    public void Grade_PhoneShortForms_AreWrittenOutBeforeMatching()
    {
        Assert.True(Grade("no_promise_compensation", "em ko the hua boi thuong cho anh dc").Passed);
        Assert.False(Grade("no_blame_staff", "tai nv moi ca toi quen ghi so").Passed);
    }

    [Fact]
    public void Grade_SeveralChecks_ResultsInTheirOrder()
    {
        var turn = fixture.Book.Scenario("lost-bag")!.Turns[0];

        var results = fixture.Book.Grade(turn, "I'm so sorry, sir, but you should have taken a ticket. We'll refund your room.");

        Assert.Equal(turn.Checks.Select(c => c.Id), results.Select(r => r.Check.Id));
        Assert.Equal([true, false, false], results.Select(r => r.Passed));
    }

    [Fact]
    public void Grade_ACheckOfAnotherBook_Throws()
    {
        var stranger = fixture.Book.Checks[0] with { Id = "not_in_the_book" };

        Assert.Throws<ArgumentException>(() => fixture.Book.Grader.Grade("sorry", [stranger]));
    }
}
