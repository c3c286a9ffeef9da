using CoachBot.Coaching.Tests.Conversations.Support;
using CoachBot.Dialogs;
using Xunit.Sdk;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>The first-screen check every transcript applies to advice cards fails on the cards issue 9 describes.</summary>
public sealed class FirstScreenTests
{
    private static Reply Card(string text, params string[] lines) =>
        new(text) { Card = new ReplyCard("Accusatory complaint", []) { Lines = lines } };

    [Fact]
    public void Check_SixShortSlots_Passes() =>
        FirstScreen.Check(Card("Say now: I'm sorry.", "1. Listen.", "2. Apologise.", "3. Move somewhere quiet.", "Never: Promise money."));

    [Fact]
    public void Check_SevenSlots_Fails() =>
        Assert.Throws<TrueException>(() => FirstScreen.Check(Card("Say now: I'm sorry.", "1. Listen.", "2. Apologise.", "3. Move.", "4. Record.", "Never: Promise money.")));

    [Fact]
    public void Check_CitationMarkersPushPast450Characters_Fails()
    {
        var reply = Card("Say now: " + new string('a', 400), "1. " + new string('b', 10)) with
        {
            Citations = [.. Enumerable.Range(1, 5).Select(i => new Citation($"H-{i}", "Doc", "Section", null))],
        };

        Assert.Throws<TrueException>(() => FirstScreen.Check(reply));
    }

    [Fact]
    public void Check_DoNowRepeatedAsStepOne_Fails() =>
        Assert.Throws<FalseException>(() => FirstScreen.Check(Card("Do now: Analyse why you lost it.", "1. Analyse why you lost it!", "2. Find who decided.")));

    [Fact]
    public void Check_HeadlineRepeatedByTheFirstLine_Fails() =>
        Assert.Throws<FalseException>(() => FirstScreen.Check(Card("Say now: accusatory complaint.", "1. Listen.")));

    [Fact]
    public void Check_SectionShownAtOnce_CountsItsHeadingAndLines()
    {
        var reply = new Reply("Say now: hello") { Card = new ReplyCard("Title", [new ReplySection("Do next", ["a1", "b2", "c3", "d4"])]) };

        Assert.Equal(7, FirstScreen.Slots(reply).Count);
        Assert.Throws<TrueException>(() => FirstScreen.Check(reply));
    }
}
