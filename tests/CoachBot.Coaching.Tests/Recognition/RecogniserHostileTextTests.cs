namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>Text people paste can hold characters Unicode normalisation refuses; recognising it must not throw.</summary>
public sealed class RecogniserHostileTextTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("The guest is shouting\uFFFE his bag is lost and he wants money")]
    [InlineData("\uFFFE")]
    [InlineData("khách\uFFFE giận {0}")]
    [InlineData("客人{1}非常生气")]
    public void Recognise_TextWithCharactersNormalisationRefuses_StillRecognises(string pattern)
    {
        // Lone surrogates are put in here: they do not survive xunit's serialisation of theory data.
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, (char)0xD800, (char)0xDC00);

        var result = fixture.Recogniser.Recognise(text);

        Assert.NotNull(result);
    }

    [Fact]
    public void Recognise_ComplaintWithANoncharacterInside_SameIntentAsWithout()
    {
        var clean = fixture.Recogniser.Recognise("The guest is shouting, his bag is lost and he wants money");
        var marked = fixture.Recogniser.Recognise("The guest is shouting,\uFFFE his bag is lost and he wants money");

        Assert.Equal(clean.Intent, marked.Intent);
    }
}
