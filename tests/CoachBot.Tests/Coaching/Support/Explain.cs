using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>Reads the answer to "why?": one card section per rule that fired, headed by the rule id.</summary>
public static class Explain
{
    public static IReadOnlyList<string> RuleIds(BotMessage why) => [.. Card.Sections(why).Select(s => s.Heading)];
}
