using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

public sealed class ClarificationTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("hmm so about that thing earlier", "en")]
    [InlineData("ừm vụ hồi nãy thì sao ạ", "vi")]
    [InlineData("那个事情怎么办", "zh")]
    public void Recognise_NoRecognisableSituation_AsksWithEverySituationAsButtonsInUsersLanguage(string text, string language)
    {
        var result = fixture.Recogniser.Recognise(text);

        Assert.Equal("unknown", result.Intent);
        Assert.Equal(language, result.Language);
        var clarification = Assert.IsType<Clarification>(result.Clarification);
        // Nothing to go on: every situation the bot coaches on, each once.
        Assert.Equal(
            ["complaint", "discount_request", "incumbent", "objection", "lost_account", "manager_question", "sales_question"],
            clarification.Choices.Select(c => c.Intent));
        if (language == "zh")
        {
            Assert.Contains(clarification.Question, c => c >= '\u4E00');
        }
    }

    [Fact]
    public void Recognise_TraditionalChineseClarification_TraditionalLabels()
    {
        var result = fixture.Recogniser.Recognise("那個問題怎麼辦");

        var clarification = Assert.IsType<Clarification>(result.Clarification);
        Assert.Equal("hant", result.Script);
        Assert.Contains("確定", clarification.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognise_TwoIntentsEquallyLikely_OffersBothFirst()
    {
        var result = fixture.Recogniser.Recognise("giảm giá hay phàn nàn?");

        var clarification = Assert.IsType<Clarification>(result.Clarification);
        var firstTwo = clarification.Choices.Take(2).Select(c => c.Intent).ToHashSet();
        Assert.Equal(new HashSet<string> { "complaint", "discount_request" }, firstTwo);
    }

    [Fact]
    public void Recognise_ThresholdRaised_ClearMessageStillAnswered()
    {
        var strict = Recogniser.Load(RecogniserFixture.PlaybooksDirectory, new RecogniserOptions { ClarifyBelow = 0.99 });

        Assert.NotNull(strict.Recognise("the guest complains").Clarification);
        Assert.Null(fixture.Recogniser.Recognise("the guest complains").Clarification);
    }
}
