using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The advice card's own words: the situation's name when nothing classifies it, the slot prefixes, More, the figures form.</summary>
internal static class AdviceTexts
{
    public static TextId NeverSay { get; } = new("advice.never-say");

    // Circled numbers, not "1.": Teams and the chat page read "2. …" alone in a TextBlock as a list and renumber it 1.
    public static TextId Step { get; } = new("advice.step");

    /// <summary>A classification's name without its gloss: "Critical complaint (displeased but …)" → "Critical complaint".</summary>
    public static string WithoutGloss(string label)
    {
        var gloss = label.IndexOfAny(['(', '（']);
        return gloss > 0 ? label[..gloss].TrimEnd() : label;
    }

    /// <summary>The number of a step as shown: ① … ⑳.</summary>
    public static string StepNumber(int number) => number is >= 1 and <= 20 ? ((char)('\u2460' + number - 1)).ToString() : $"({number})";

    // The headline when a missing fact would change what the situation is: "{0}. If {1}: {2}."
    public static TextId BestGuess { get; } = new("advice.best-guess");

    public static TextId RoleGuess { get; } = new("advice.role-guess");

    public static TextId MoreButton { get; } = new("advice.more-button");

    public static TextId NotSure { get; } = new("advice.not-sure");

    public static TextId SourcesHeading { get; } = new("advice.sources-heading");

    public static TextId Source { get; } = new("advice.source");

    public static TextId OtherSituation { get; } = new("advice.other-situation");

    public static TextId ThenHeading { get; } = new("advice.then-heading");

    public static TextId FiguresButton { get; } = new("advice.figures-button");

    public static TextId FiguresSubmit { get; } = new("advice.figures-submit");

    public static TextId RateLabel { get; } = new("advice.rate-label");

    public static TextId GivenLabel { get; } = new("advice.given-label");

    public static TextId AskLabel { get; } = new("advice.ask-label");

    public static TextId RateExample { get; } = new("advice.rate-example");

    public static TextId AskExample { get; } = new("advice.ask-example");

    public static TextId CardExpired { get; } = new("advice.card-expired");

    public static TextId FiguresNotRead { get; } = new("advice.figures-not-read");

    /// <summary>The situation's name, the headline when no rule classifies it more precisely.</summary>
    public static TextId Situation(string intent) => intent switch
    {
        "complaint" => new("advice.situation-complaint"),
        "discount_request" => new("advice.situation-discount-request"),
        "incumbent" => new("advice.situation-incumbent"),
        "objection" => new("advice.situation-objection"),
        "lost_account" => new("advice.situation-lost-account"),
        "manager_question" => new("advice.situation-manager-question"),
        "sales_question" => new("advice.situation-sales-question"),
        _ => new("advice.situation-other"),
    };

    /// <summary>Every key the switch above picks from, for the texts file check.</summary>
    public static IReadOnlyList<TextId> Situations { get; } = [new("advice.situation-complaint"), new("advice.situation-discount-request"), new("advice.situation-incumbent"), new("advice.situation-objection"), new("advice.situation-lost-account"), new("advice.situation-manager-question"), new("advice.situation-sales-question"), new("advice.situation-other")];
}
