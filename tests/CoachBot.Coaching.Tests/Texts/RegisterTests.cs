using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Tests.Texts;

/// <summary>
/// The register rules of Playbooks/README.md over every Vietnamese and traditional-Chinese text the bot can send
/// (every playbook, the facts' words, the sources' names, the interface texts, the recogniser's menu labels):
/// Taiwan usage in traditional Chinese, no simplified character in it, and no calque in Vietnamese.
/// </summary>
public sealed partial class RegisterTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Playbooks");

    // Mainland term → what a Taiwan colleague says (Playbooks/README.md, "Register").
    private static readonly (string Mainland, string Taiwan)[] TaiwanTerms =
    [
        ("領導", "主管"), ("大堂", "大廳"), ("前臺", "櫃檯"), ("前台", "櫃檯"), ("通過", "透過"), ("併", "並"), ("信息", "訊息"),
        ("質量", "品質"), ("酒店", "飯店"), ("反饋", "回饋"), ("營銷", "行銷"), ("投訴", "客訴"), ("入住率", "住房率"),
        ("視頻", "影片"), ("網絡", "網路"), ("軟件", "軟體"), ("計劃", "計畫"),
    ];

    // Word-for-word translations a Vietnamese desk would not use, and what it says instead.
    private static readonly (string Calque, string Desk)[] VietnameseCalques =
    [
        ("khiếu nại buộc tội", "khách khiếu nại gay gắt"), ("khiếu nại phê bình", "khách phê bình, chê trách"),
        ("khiếu nại mang tính xây dựng", "khách góp ý"),
    ];

    private static List<string> TraditionalTexts() => [.. Values("zh-Hant", "zh_hant")];

    private static List<string> VietnameseTexts() => [.. Values("vi")];

    [Fact]
    public void EveryFile_HasTextsInBothRegisters() =>
        Assert.True(TraditionalTexts().Count > 300 && VietnameseTexts().Count > 300, "the scan found too few texts: is the folder right?");

    [Fact]
    public void TraditionalChinese_EveryText_TaiwanUsageAndNoSimplifiedCharacter()
    {
        var simplifiedOnly = SimplifiedOnly();
        var problems = new List<string>();
        foreach (var text in TraditionalTexts())
        {
            problems.AddRange(TaiwanTerms.Where(t => text.Contains(t.Mainland, StringComparison.Ordinal)).Select(t => $"{t.Mainland} → {t.Taiwan}: {text}"));
            problems.AddRange(text.Where(simplifiedOnly.Contains).Select(c => $"simplified {c}: {text}"));
            problems.AddRange(text.Where(c => c is '“' or '”').Take(1).Select(_ => $"“ ” → 「 」: {text}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Vietnamese_EveryText_DeskWordsNotCalques()
    {
        var problems = VietnameseTexts()
            .SelectMany(text => VietnameseCalques.Where(c => text.Contains(c.Calque, StringComparison.OrdinalIgnoreCase)).Select(c => $"{c.Calque} → {c.Desk}: {text}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // Every quoted value of the given language keys in every YAML file of the playbooks (inline maps included).
    private static IEnumerable<string> Values(params string[] keys) =>
        Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .SelectMany(line => Value().Matches(line).Where(m => keys.Contains(m.Groups["key"].Value, StringComparer.Ordinal)))
            .Select(m => m.Groups["text"].Value)
            .Distinct(StringComparer.Ordinal);

    // Characters traditional Chinese writes too, though the folding table maps another character onto them
    // (麵 → 面, 齣 → 出, 闆 → 板, 迴 → 回, 製 → 制, 隻 → 只, 鬥 → 斗, 係 → 系, 揹 → 背, 錶 → 表, 乾 → 干, 後 → 后,
    // 睏 → 困 (困難), 氾 → 泛 (空泛), 佔 → 占 (占卜), 準 → 准 (核准), 週 → 周 (周到), 捲 → 卷 (問卷) …).
    private const string AlsoTraditional = "面出板回制只斗系背表干后里台余云几冲于谷松范征困泛占准周卷";

    // Characters that exist only in simplified Chinese: the right-hand side of the recogniser's folding table.
    private static HashSet<char> SimplifiedOnly()
    {
        var pairs = File.ReadLines(Path.Combine(Folder, "recogniser", "traditional-simplified.txt"))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("word:", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2)
            .ToList();
        var traditional = pairs.Select(p => p[0]).ToHashSet();
        return [.. pairs.Select(p => p[1]).Where(c => !traditional.Contains(c) && !AlsoTraditional.Contains(c, StringComparison.Ordinal))];
    }

    [GeneratedRegex("""(?<key>zh-Hant|zh_hant|vi)\s*:\s*"(?<text>(?:[^"\\]|\\.)*)"(?=\s*[,}]|\s*$|\s*#)""")]
    private static partial Regex Value();
}
