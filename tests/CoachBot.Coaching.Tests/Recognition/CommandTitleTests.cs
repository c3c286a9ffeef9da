namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>The Teams app's command titles arrive as the whole message: each gives its intent without a clarification.</summary>
public sealed class CommandTitleTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("complaint", "complaint", "en")]
    [InlineData("discount", "discount_request", "en")]
    [InlineData("competitor", "incumbent", "en")]
    [InlineData("objection", "objection", "en")]
    [InlineData("help", "help", "en")]
    [InlineData("khiếu nại", "complaint", "vi")]
    [InlineData("giảm giá", "discount_request", "vi")]
    [InlineData("đối thủ cạnh tranh", "incumbent", "vi")]
    [InlineData("từ chối", "objection", "vi")]
    [InlineData("trợ giúp", "help", "vi")]
    [InlineData("投诉", "complaint", "zh")]
    [InlineData("折扣", "discount_request", "zh")]
    [InlineData("竞争对手", "incumbent", "zh")]
    [InlineData("异议", "objection", "zh")]
    [InlineData("帮助", "help", "zh")]
    [InlineData("競爭對手", "incumbent", "zh")]
    [InlineData(" Complaint ", "complaint", "en")]
    public void Recognise_CommandTitleAlone_ItsIntentInItsLanguageWithoutClarification(string text, string intent, string language)
    {
        var result = fixture.Recogniser.Recognise(text, "en-US");

        Assert.Equal(intent, result.Intent);
        Assert.Equal(language, result.Language);
        Assert.Null(result.Clarification);
    }

    [Theory]
    [InlineData("competitor")]
    [InlineData("đối thủ cạnh tranh")]
    [InlineData("投诉")]
    public void Recognise_CommandTitleAlone_NoSituationFactsSoTheDialogAsks(string text)
    {
        var facts = fixture.Recogniser.Recognise(text).Facts.Select(f => f.Key).Order();

        Assert.Equal(["intent", "language"], facts);
    }

    [Fact]
    public void Recognise_TitleInsideASentence_ReadAsAnyOtherWord()
    {
        var result = fixture.Recogniser.Recognise("my competitor analysis for next week");

        Assert.Equal("sales_question", result.Intent);
    }
}
