using CoachBot.Coaching.Conversations;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>A prospect's name or a note longer than the limit is cut between whole characters, never through one.</summary>
public sealed class CallNoteLengthTests
{
    [Theory]
    [InlineData("Keller Logistics", 80, "Keller Logistics")]
    [InlineData("abc😀def", 4, "abc")]          // the emoji is two UTF-16 units: kept whole or not at all
    [InlineData("abc😀def", 5, "abc😀")]
    [InlineData("Nguyễn", 5, "Nguyễ")]
    public void Cut_AtTheLimit_WholeCharactersOnly(string text, int max, string expected)
    {
        var cut = CallNoteSteps.Cut(text, max);

        Assert.Equal(expected, cut);
        Assert.False(cut.Length > 0 && char.IsHighSurrogate(cut[^1]), "ends inside a character");
    }
}
