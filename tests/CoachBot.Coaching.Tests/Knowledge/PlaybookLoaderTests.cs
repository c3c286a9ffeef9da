using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

public sealed class PlaybookLoaderTests : IDisposable
{
    // A valid rule body; each test breaks one thing in a copy of it.
    private const string Text = "{ en: Hi, vi: Chào, zh: 你好, zh-Hant: 你好 }";

    private readonly TempPlaybooks _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Rule(string id, string when, string extra = "", int priority = 10) => $"""
          - id: {id}
            sources: [H-12]
            priority: {priority}
        {extra}    when: {when}
            then:
              say:
                - {Text}

        """;

    private static string Playbook(params string[] rules) => "domain: test\nrules:\n" + string.Concat(rules);

    private async Task<PlaybookError> SingleErrorAsync()
    {
        var result = await _dir.LoadAsync();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task LoadAsync_ValidPlaybook_ReturnsKnowledgeBase()
    {
        _dir.Write("ok.yaml", Playbook(Rule("t.ok", "{ fact: guest_emotion, op: equals, value: angry }")));

        var result = await _dir.LoadAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("t.ok", Assert.Single(result.Knowledge.Rules).Id);
    }

    [Fact]
    public async Task LoadAsync_MissingLanguage_ReportsFileAndLineOfTheText()
    {
        _dir.Write("lang.yaml", """
            domain: test
            rules:
              - id: t.lang
                sources: [H-12]
                priority: 1
                then:
                  say:
                    - en: Hello
                      vi: Xin chào
                      zh: 你好
            """);

        var error = await SingleErrorAsync();

        Assert.Equal(("lang.yaml", 8, "t.lang"), (error.File, error.Line, error.RuleId));
        Assert.Contains("zh-Hant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FactSaysSomethingForAValueItDoesNotHave_ReportsFileAndLine()
    {
        var facts = Path.Combine(_dir.Directory, PlaybookLoader.FactsFile);
        var text = await File.ReadAllTextAsync(facts);
        await File.WriteAllTextAsync(facts, text.Replace("\"upset\": { en:", "\"sulky\": { en:", StringComparison.Ordinal));
        var line = File.ReadAllLines(facts).ToList().FindIndex(l => l.Contains("\"sulky\"", StringComparison.Ordinal)) + 1;
        _dir.Write("ok.yaml", Playbook(Rule("t.ok", "{ fact: guest_emotion, op: equals, value: angry }")));

        var error = await SingleErrorAsync();

        Assert.Equal((PlaybookLoader.FactsFile, line), (error.File, error.Line));
        Assert.Contains("sulky", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ShippedFacts_EveryGuestEmotionHasWordsForWhy()
    {
        var result = await new PlaybookLoader().LoadAsync(PlaybookLoader.DefaultDirectory, CancellationToken.None);

        Assert.True(result.Knowledge!.Facts.TryGet("guest_emotion", out var emotion));
        Assert.Equal(emotion!.Values.Order(StringComparer.Ordinal), emotion.Says.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_UnknownOperator_ReportsSchemaErrorOnTheLeafLine()
    {
        _dir.Write("op.yaml", Playbook(Rule("t.op", "{ fact: praise, op: is, value: true }")));

        var error = await SingleErrorAsync();

        Assert.Equal(("op.yaml", 6), (error.File, error.Line));
        Assert.Contains("\"is\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UnknownProperty_ReportsItsLine()
    {
        _dir.Write("prop.yaml", Playbook(Rule("t.prop", "{ fact: praise, op: is_true }", extra: "    colour: red\n")));

        var error = await SingleErrorAsync();

        Assert.Equal(("prop.yaml", 6), (error.File, error.Line));
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_YamlSyntaxError_ReportsLine()
    {
        _dir.Write("syntax.yaml", "domain: test\nrules:\n  - id: [unclosed\n");

        var error = await SingleErrorAsync();

        Assert.Equal("syntax.yaml", error.File);
        Assert.True(error.Line >= 3, error.ToString());
    }

    [Fact]
    public async Task LoadAsync_DuplicateIdAcrossFiles_ReportsSecondWithFirstLocation()
    {
        _dir.Write("a.yaml", Playbook(Rule("t.same", "{ fact: praise, op: is_true }")));
        _dir.Write("b.yaml", Playbook(Rule("t.same", "{ fact: suggestion, op: is_true }")));

        var error = await SingleErrorAsync();

        Assert.Equal(("b.yaml", 3, "t.same"), (error.File, error.Line, error.RuleId));
        Assert.Contains("a.yaml:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UnknownSourceId_ReportsIt()
    {
        _dir.Write("src.yaml", Playbook(Rule("t.src", "{ fact: praise, op: is_true }")).Replace("[H-12]", "[H-12, H-99]", StringComparison.Ordinal));

        var error = await SingleErrorAsync();

        Assert.Equal(("src.yaml", 4), (error.File, error.Line));
        Assert.Contains("H-99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UnknownFact_ReportsIt()
    {
        _dir.Write("fact.yaml", Playbook(Rule("t.fact", "{ fact: guest_mood, op: is_true }")));

        var error = await SingleErrorAsync();

        Assert.Equal(("fact.yaml", 6), (error.File, error.Line));
        Assert.Contains("unknown fact 'guest_mood'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EnumValueNotDeclared_ReportsIt()
    {
        _dir.Write("enum.yaml", Playbook(Rule("t.enum", "{ fact: guest_emotion, op: in, value: [angry, furious] }")));

        var error = await SingleErrorAsync();

        Assert.Equal(("enum.yaml", 6, "t.enum"), (error.File, error.Line, error.RuleId));
        Assert.Contains("'furious'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ fact: praise, op: equals, value: 3 }")]
    [InlineData("{ fact: room_rate, op: equals, value: cheap }")]
    [InlineData("{ fact: guest_emotion, op: gt, value: 2 }")]
    [InlineData("{ fact: room_rate, op: is_true }")]
    [InlineData("{ fact: praise, op: exists, value: true }")]
    public async Task LoadAsync_ValueOfWrongTypeForFactKind_ReportsIt(string leaf)
    {
        _dir.Write("type.yaml", Playbook(Rule("t.type", leaf)));

        var error = await SingleErrorAsync();

        Assert.Equal(("type.yaml", 6, "t.type"), (error.File, error.Line, error.RuleId));
    }

    [Theory]
    [InlineData("guest_emotion, op: equals, value: angry", "guest_emotion, op: equals, value: calm")]
    [InlineData("room_rate, op: gt, value: 100", "room_rate, op: lt, value: 100")]
    [InlineData("praise, op: is_true", "praise, op: is_false")]
    [InlineData("guest_emotion, op: equals, value: happy", "guest_emotion, op: in, value: [angry, upset]")]
    public async Task LoadAsync_ContradictoryConditions_ReportsTheSecondLeaf(string first, string second)
    {
        var when = $"\n      all:\n        - {{ fact: {first} }}\n        - {{ fact: {second} }}";
        _dir.Write("contra.yaml", Playbook(Rule("t.contra", when)));

        var error = await SingleErrorAsync();

        Assert.Equal(("contra.yaml", 9, "t.contra"), (error.File, error.Line, error.RuleId));
        Assert.Contains("contradictory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CompatibleBounds_AreNotContradictory()
    {
        var when = "\n      all:\n        - { fact: room_rate, op: gte, value: 50 }\n        - { fact: room_rate, op: lte, value: 50 }";
        _dir.Write("bounds.yaml", Playbook(Rule("t.bounds", when)));

        var result = await _dir.LoadAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task LoadAsync_GroupRuleImpliedByHigherPriority_IsUnreachable()
    {
        var narrow = "\n      all:\n        - { fact: guest_emotion, op: equals, value: angry }\n        - { fact: praise, op: is_false }";
        _dir.Write("group.yaml", Playbook(
            Rule("t.broad", "{ fact: guest_emotion, op: in, value: [angry, upset] }", extra: "    group: g\n", priority: 20),
            Rule("t.narrow", narrow, extra: "    group: g\n", priority: 10)));

        var error = await SingleErrorAsync();

        Assert.Equal(("group.yaml", 11, "t.narrow"), (error.File, error.Line, error.RuleId));
        Assert.Contains("t.broad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_GroupRuleAfterUnconditionalOne_IsUnreachable()
    {
        var always = "  - id: t.always\n    sources: [H-12]\n    priority: 20\n    group: g\n    then:\n      say:\n        - " + Text + "\n";
        _dir.Write("always.yaml", Playbook(always, Rule("t.later", "{ fact: praise, op: is_true }", extra: "    group: g\n")));

        var error = await SingleErrorAsync();

        Assert.Equal(("always.yaml", 10, "t.later"), (error.File, error.Line, error.RuleId));
    }

    [Fact]
    public async Task LoadAsync_GroupRulesThatCanEachWin_AreReachable()
    {
        _dir.Write("fine.yaml", Playbook(
            Rule("t.angry", "{ fact: guest_emotion, op: equals, value: angry }", extra: "    group: g\n", priority: 20),
            Rule("t.calm", "{ fact: guest_emotion, op: equals, value: calm }", extra: "    group: g\n")));

        var result = await _dir.LoadAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task LoadAsync_RuleWithoutSources_IsRejectedUnlessSafetyOverride()
    {
        _dir.Write("nosrc.yaml", Playbook(Rule("t.nosrc", "{ fact: praise, op: is_true }")).Replace("[H-12]", "[]", StringComparison.Ordinal));

        var error = await SingleErrorAsync();

        Assert.Equal(("nosrc.yaml", 4, "t.nosrc"), (error.File, error.Line, error.RuleId));
    }

    [Fact]
    public async Task LoadAsync_SeveralProblemsInSeveralFiles_ReportsThemAll()
    {
        _dir.Write("one.yaml", Playbook(Rule("t.one", "{ fact: nope, op: is_true }"), Rule("t.two", "{ fact: guest_emotion, op: equals, value: sad }")));
        _dir.Write("two.yaml", Playbook(Rule("t.three", "{ fact: praise, op: maybe }")));

        var result = await _dir.LoadAsync();

        Assert.Equal(
            [("one.yaml", "t.one"), ("one.yaml", "t.two"), ("two.yaml", "t.three")],
            result.Errors.Select(e => (e.File, e.RuleId)).Order().ToArray());
    }

    [Fact]
    public async Task LoadAsync_LexiconFilesBesideThePlaybooks_AreNotReadAsPlaybooks()
    {
        _dir.Write("ok.yaml", Playbook(Rule("t.ok", "{ fact: praise, op: is_true }")));
        _dir.Write("lexicon.en.yaml", "phrases: [anything]\n");

        var result = await _dir.LoadAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["ok.yaml"], result.Knowledge.Files);
    }
}
