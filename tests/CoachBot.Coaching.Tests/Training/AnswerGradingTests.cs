using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>
/// The shipped checks against the trainee answers written before the phrase lists (roleplay-answers.yaml): each good
/// answer passes its check and each bad one fails it, negated mentions included, in every language.
/// </summary>
public sealed class AnswerGradingTests(RolePlayFixture fixture) : IClassFixture<RolePlayFixture>
{
    private const int AnswersPerOutcome = 5;

    public static TheoryData<string, string, bool, string> Answers()
    {
        var data = new TheoryData<string, string, bool, string>();
        foreach (var (check, language, pass, answer) in RolePlayAnswers.All)
        {
            data.Add(check, language, pass, answer);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Grade_TraineeAnswer_PassesOrFailsAsWritten(string checkId, string language, bool pass, string answer)
    {
        var check = fixture.Book.Checks.Single(c => c.Id == checkId);

        var result = Assert.Single(fixture.Book.Grader.Grade(answer, [check]));

        Assert.True(result.Passed == pass, $"{checkId} ({language}) should {(pass ? "pass" : "fail")}: \"{answer}\" (phrase: {result.Phrase ?? "none"}{(result.Negated ? ", negated" : string.Empty)})");
    }

    [Fact]
    public void Answers_EveryCheck_HasFiveGoodAndFiveBadInEachLanguageAndSomeTraditional()
    {
        var counts = RolePlayAnswers.All.CountBy(a => (a.Check, a.Language, a.Pass)).ToDictionary();
        var missing = new List<string>();
        foreach (var check in fixture.Book.Checks)
        {
            foreach (var language in AnswerGrader.Languages)
            {
                missing.AddRange(new[] { true, false }
                    .Where(pass => counts.GetValueOrDefault((check.Id, language, pass)) < AnswersPerOutcome)
                    .Select(pass => $"{check.Id} {language} {(pass ? "pass" : "fail")}"));
            }

            missing.AddRange(new[] { true, false }.Where(pass => counts.GetValueOrDefault((check.Id, "zh-Hant", pass)) == 0).Select(pass => $"{check.Id} zh-Hant {(pass ? "pass" : "fail")}"));
        }

        Assert.True(missing.Count == 0, "too few answers: " + string.Join(", ", missing));
        Assert.Empty(RolePlayAnswers.All.Select(a => a.Check).Distinct().Except(fixture.Book.Checks.Select(c => c.Id)));
    }

    // A question check is failed by a statement before any negation matters ("I won't ask how you chose them.").
    [Fact]
    public void Answers_EveryStatementCheck_HasANegatedMentionAmongItsAnswers()
    {
        var grader = fixture.Book.Grader;
        var withoutNegation = fixture.Book.Checks
            .Where(check => !check.Question)
            .Where(check => !RolePlayAnswers.All.Where(a => a.Check == check.Id).Any(a => grader.Grade(a.Answer, [check])[0].Negated))
            .Select(c => c.Id)
            .ToList();

        Assert.Empty(withoutNegation);
    }
}
