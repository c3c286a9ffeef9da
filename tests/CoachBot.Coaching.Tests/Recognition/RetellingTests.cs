using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>
/// Situations of the training documents retold in everyday words, in every language and script (retellings.tsv): each
/// is read as the situation it is, by the sender's role, with the fact that picks its card (the objection's type, the
/// manager topic, the trap, the special complaint).
/// </summary>
public sealed class RetellingTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    public static TheoryData<string, string, string, string> Retellings()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Recognition", "retellings.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2], parts[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Retellings))]
    public void Recognise_Retelling_ReadAsItsSituation(string role, string intent, string fact, string message)
    {
        var result = fixture.Recogniser.Recognise(message, role: StaffRoles.Parse(role));

        if (intent != "-")
        {
            Assert.Equal(intent, result.Intent);
        }

        if (fact != "-")
        {
            var (name, value) = (fact.Split('=')[0], fact.Split('=')[1]);
            Assert.True(result.Facts.TryGet(name, out var read), $"{name} not read");
            Assert.Equal(value, read.Kind == CoachBot.Coaching.Knowledge.FactKind.Bool ? (read.IsTrue ? "true" : "false") : read.Symbol);
            if (name == "trap_question")
            {
                // A trap is answered "no" only when asked: a longer trap phrase must not swallow the "should I".
                Assert.True(result.Facts.TryGet("asks_permission", out var asks) && asks.IsTrue, "asks_permission not read");
            }
        }
    }

    [Fact]
    public void ReadLanguage_EveryRetelling_TheLanguageAndScriptTheFullReadingGives()
    {
        // The turn reads the language before its dialogs run, and the situation once inside them: both must agree.
        foreach (var (_, _, _, message) in Retellings().Select(row => ((string)row[0], (string)row[1], (string)row[2], (string)row[3])))
        {
            var full = fixture.Recogniser.Recognise(message);
            var reading = fixture.Recogniser.ReadLanguage(message);

            Assert.Equal((full.Language, full.Script), (reading.Language, reading.Script));
        }
    }
}
