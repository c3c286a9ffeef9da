using System.Text.RegularExpressions;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>Reads the answer to "why?" as the user does: a sentence in people's words, then where the advice comes from.</summary>
public static partial class Explain
{
    /// <summary>The answer's sentence, checked to hold no rule id and no fact=value pair.</summary>
    public static string Says(BotMessage why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var text = string.Join("\n", [Card.Text(why), .. Card.Sections(why).SelectMany(s => s.Lines)]);
        Assert.DoesNotMatch(RuleId(), text);
        Assert.DoesNotContain("=", text, StringComparison.Ordinal);
        return Card.Text(why);
    }

    [GeneratedRegex(@"\b[a-z_]+\.[a-z_]+(\.[a-z_]+)*\b")]
    private static partial Regex RuleId();
}
