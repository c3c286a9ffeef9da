using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

public sealed class LexiconValidationTests
{
    private static readonly string Playbooks = RecogniserFixture.PlaybooksDirectory;
    private static readonly string Facts = File.ReadAllText(Path.Combine(Playbooks, "facts.yaml"));
    private static readonly string Table = File.ReadAllText(Path.Combine(Playbooks, "recogniser", "traditional-simplified.txt"));
    private static readonly string Lexicon = File.ReadAllText(Path.Combine(Playbooks, "lexicon.yaml"));

    [Fact]
    public void Parse_ShippedLexicon_Loads()
    {
        var lexicon = LexiconLoader.Parse(Lexicon, Table, Facts);

        Assert.NotEmpty(lexicon.Targets);
    }

    [Fact]
    public void Parse_UnknownFactValueAndIntent_EveryErrorWithItsLine()
    {
        var yaml = Lexicon
            .Replace("  guest_emotion:\n    angry:", "  guest_mood:\n    angry:", StringComparison.Ordinal)
            .Replace("    pre_call:", "    mid_call:", StringComparison.Ordinal)
            .Replace("  quiz:\n    en:", "  trivia:\n    en:", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(yaml, Table, Facts));

        Assert.Contains(error.Errors, e => e.Contains("unknown fact 'guest_mood'", StringComparison.Ordinal) && HasLine(e, yaml, "  guest_mood:"));
        Assert.Contains(error.Errors, e => e.Contains("no value 'mid_call'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("unknown intent 'trivia'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NumberFactAndBadWeight_Rejected()
    {
        var yaml = Lexicon.Replace("facts:\n", "facts:\n  room_rate:\n    \"true\":\n      en: [rate]\n", StringComparison.Ordinal)
            .Replace("{hello: 2}", "{hello: -1}", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(yaml, Table, Facts));

        Assert.Contains(error.Errors, e => e.Contains("'room_rate' cannot be set", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'hello' needs a positive weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CommandTitleForTwoIntentsOrUnknownIntent_Rejected()
    {
        var yaml = Lexicon.Replace("objection:        { en: [objection]", "objection:        { en: [complaint]", StringComparison.Ordinal)
            .Replace("help:             { en: [help]", "trivia:           { en: [help]", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(yaml, Table, Facts));

        Assert.Contains(error.Errors, e => e.Contains("'complaint' is given to both 'complaint' and 'objection'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("unknown intent 'trivia' in commands", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BadCharacterTable_Rejected()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse(Lexicon, "說说 說話\n", Facts));

        Assert.Contains(error.Errors, e => e.Contains("traditional-simplified.txt:1", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportedWithLine()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Parse("intents:\n  complaint: [a, b\n", Table, Facts));

        Assert.Matches(@"lexicon\.yaml:\d+:", error.Errors[0]);
    }

    private static bool HasLine(string error, string yaml, string lineText)
    {
        var line = yaml[..yaml.IndexOf(lineText, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        return error.StartsWith($"lexicon.yaml:{line}:", StringComparison.Ordinal)
            || error.StartsWith($"lexicon.yaml:{line + 1}:", StringComparison.Ordinal);
    }
}
