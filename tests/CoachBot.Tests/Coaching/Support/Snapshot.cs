using System.Runtime.CompilerServices;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// Compares a rendered transcript with its readable snapshot in <c>tests/CoachBot.Tests/Coaching/Snapshots</c>,
/// one folder per test class. With <c>UPDATE_SNAPSHOTS=1</c> the file is written instead (see
/// <c>update-snapshots.sh</c>); a missing snapshot fails, so a new test cannot pass without its file.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";
    public const string UpdateScript = "tests/CoachBot.Tests/Coaching/update-snapshots.sh";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// The transcript matches <c>Snapshots/{test class}/{test method}[.{caseName}].txt</c>. The class is the test
    /// file's name (one type per file), read from the caller's path, which holds even under a mapped build path.
    /// </summary>
    public static void Matches(string actual, string? caseName = null, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = PathOf(Path.GetFileNameWithoutExtension(testFile.Replace('\\', '/').Split('/')[^1]), test, caseName);
        var text = Normalise(TranscriptLlm.Comparable(actual));
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}. Run {UpdateScript}, read the new file, and commit it with the test.");
        var expected = Normalise(File.ReadAllText(path));
        if (expected != text)
        {
            Assert.Fail($"The transcript differs from {path} ({FirstDifference(expected, text)}). If the change is intended, run {UpdateScript} and review the diff.\n--- actual ---\n{text}");
        }
    }

    /// <summary>The snapshot folder in the source tree (not the build output), so updates land where git sees them.</summary>
    public static string Folder { get; } = FindFolder();

    private static string PathOf(string testClass, string test, string? caseName) =>
        Path.Combine(Folder, testClass, caseName is null ? $"{test}.txt" : $"{test}.{caseName}.txt");

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                return $"line {i + 1}: expected \"{l}\", got \"{r}\"";
            }
        }

        return "line endings";
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoachBot.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Coaching", "Snapshots");
            }
        }

        throw new InvalidOperationException($"CoachBot.Tests.csproj not found above {AppContext.BaseDirectory}; the snapshots live beside it.");
    }
}
