using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>The sender's configured role settles a close call between two readings of the same words.</summary>
public sealed class RolePriorTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    [Theory]
    [InlineData("the guest says all the rooms here are the same as everywhere else, a bit disappointed")]
    [InlineData("khách thấy phòng ở đây cũng như nhau cả, hơi thất vọng")]
    [InlineData("客人说房间都一样，有点失望")]
    public void Recognise_SameWordsFromFrontDeskAndSales_ReadForWhoAsks(string text)
    {
        var desk = fixture.Recogniser.Recognise(text, role: StaffRole.FrontDesk);
        var rep = fixture.Recogniser.Recognise(text, role: StaffRole.Sales);

        // The likeliest reading is what the first reply advises on, sure or not (the other is a "Not this?" button).
        Assert.Equal("complaint", Likeliest(desk));
        Assert.Equal("objection", Likeliest(rep));
    }

    [Fact]
    public void Recognise_NoRole_ScoresUnweighed()
    {
        const string Text = "客人说房间都一样，有点失望";

        Assert.Equal(Likeliest(fixture.Recogniser.Recognise(Text)), Likeliest(fixture.Recogniser.Recognise(Text, role: null)));
        Assert.NotEqual(Likeliest(fixture.Recogniser.Recognise(Text)), Likeliest(fixture.Recogniser.Recognise(Text, role: StaffRole.FrontDesk)));
    }

    private static string Likeliest(CoachBot.Coaching.Recognition.Recognition result) =>
        result.Clarification is { } unsure ? unsure.Choices[0].Intent : result.Intent;

    [Fact]
    public void Recognise_HotelInVietnamese_IsNotAGuest()
    {
        // "khách sạn" (hotel) holds "khách" (guest) once folded; a rep's plan for a meeting about the hotel is not a guest's request.
        var result = fixture.Recogniser.Recognise("em định mở đầu buổi gặp bằng giới thiệu khách sạn", role: StaffRole.Sales);

        Assert.NotEqual("discount_request", result.Intent);
        Assert.NotEqual("complaint", result.Intent);
    }

    [Fact]
    public void Parse_RolePriorForUnknownRoleIntentOrOutOfRange_EveryErrorWithItsLine()
    {
        var playbooks = RecogniserFixture.PlaybooksDirectory;
        var yaml = File.ReadAllText(Path.Combine(playbooks, "lexicon.yaml"))
            .Replace("  trainer:      { quiz: 1.5 }", "  trainer:      { trivia: 1.5, quiz: 9 }\n  chef:         { quiz: 1 }", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(
            yaml,
            File.ReadAllText(Path.Combine(playbooks, "recogniser", "traditional-simplified.txt")),
            File.ReadAllText(Path.Combine(playbooks, "facts.yaml"))));

        Assert.Contains(error.Errors, e => e.Contains("unknown intent 'trivia' in role_priors.trainer", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("role_priors.trainer.quiz must be above 0 and at most 3", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("chef", StringComparison.Ordinal));
    }
}
