using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>Short forms typed on a phone read like the words they stand for.</summary>
public sealed class AbbreviationTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("kh bao ks nao cung nhu nhau", "khach bao khach san nao cung nhu nhau")]
    [InlineData("kh nói ks nào cũng như nhau", "khách nói khách sạn nào cũng như nhau")]
    [InlineData("the client says u guys r all the same", "the client says you guys r all the same")]
    [InlineData("khach ko doi gi ca, chi gop y thoi", "khach khong doi gi ca, chi gop y thoi")]
    public void Recognise_ShortForms_SameReadingAsWrittenOut(string typed, string writtenOut)
    {
        var shortForm = fixture.Recogniser.Recognise(typed);
        var longForm = fixture.Recogniser.Recognise(writtenOut);

        Assert.Equal(longForm.Intent, shortForm.Intent);
        Assert.Equal(longForm.Scores, shortForm.Scores);
    }

    [Fact]
    public void Recognise_KAfterANumber_IsAThousandNotANegation()
    {
        var result = fixture.Recogniser.Recognise("khach tra 500 k cho phong 800 k");

        Assert.Contains(result.Amounts, a => a.Value == 500_000m);
        Assert.Contains(result.Amounts, a => a.Value == 800_000m);
    }

    [Fact]
    public void Parse_AbbreviationOfTwoWordsOrGivenTwice_Rejected()
    {
        var playbooks = RecogniserFixture.PlaybooksDirectory;
        var yaml = File.ReadAllText(Path.Combine(playbooks, "lexicon.yaml"))
            .Replace("  vi: { ko: không,", "  vi: { ko: không, \"k o\": không,", StringComparison.Ordinal)
            .Replace("  en: { u: you,", "  en: { ko: know, u: you,", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(
            yaml,
            File.ReadAllText(Path.Combine(playbooks, "recogniser", "traditional-simplified.txt")),
            File.ReadAllText(Path.Combine(playbooks, "facts.yaml"))));

        Assert.Contains(error.Errors, e => e.Contains("abbreviation 'k o' must be one word", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("abbreviation 'ko' is given twice", StringComparison.Ordinal));
    }
}
