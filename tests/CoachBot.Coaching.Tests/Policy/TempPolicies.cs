using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Tests.Policy;

/// <summary>A temporary policy directory, seeded with copies of the shipped sample that a test edits.</summary>
internal sealed class TempPolicies : IDisposable
{
    public TempPolicies() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coachbot-policies-" + Guid.NewGuid().ToString("N"));

    public static string Sample => File.ReadAllText(PolicyLoader.SampleFile).ReplaceLineEndings("\n");

    /// <summary>Writes <paramref name="yaml"/> as <paramref name="file"/> and returns its full path.</summary>
    public string Write(string file, string yaml)
    {
        var full = System.IO.Path.Combine(Path, file);
        File.WriteAllText(full, yaml.ReplaceLineEndings("\n"));
        return full;
    }

    /// <summary>The sample with <paramref name="from"/> replaced by <paramref name="to"/> (which must be there).</summary>
    public static string SampleWith(string from, string to)
    {
        Assert.Contains(from, Sample, StringComparison.Ordinal);
        return Sample.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line of the first line of the sample that contains <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
