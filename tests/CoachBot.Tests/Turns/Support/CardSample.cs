using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Tests.Coaching.Support;

namespace CoachBot.Tests.Turns.Support;

/// <summary>
/// Cards the host renders, kept as JSON files in <c>tests/CoachBot.Tests/Turns/Samples</c> so that the browser test
/// (the chat page opens "More") and the conformance test (Microsoft's parser) use the host's real output rather
/// than a hand-written copy. A test fails when the host renders a sample differently; with <c>UPDATE_SNAPSHOTS=1</c>
/// the file is rewritten instead.
/// </summary>
public static class CardSample
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Folder { get; } = FindFolder();

    public static void Matches(string name, JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var path = Path.Combine(Folder, $"{name}.json");
        var text = card.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        if (Snapshot.Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"No sample at {path}. Run with {Snapshot.UpdateVariable}=1 and commit the file.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(
            JsonNode.DeepEquals(expected, card),
            $"The host renders {name} differently from {path}; if intended, run with {Snapshot.UpdateVariable}=1 (the browser and conformance tests read it).\n--- actual ---\n{text}");
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoachBot.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Turns", "Samples");
            }
        }

        throw new InvalidOperationException($"CoachBot.Tests.csproj not found above {AppContext.BaseDirectory}; the samples live beside it.");
    }
}
