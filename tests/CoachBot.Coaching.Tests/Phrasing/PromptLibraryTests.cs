using CoachBot.Coaching.Phrasing;

namespace CoachBot.Coaching.Tests.Phrasing;

/// <summary>
/// The shipped prompt templates (the repository's <c>prompts/</c>) load and fill in; a template that uses a placeholder it
/// does not declare, declares one it never uses, lacks one its purpose needs, is misnamed or missing, is refused with its
/// file and line.
/// </summary>
public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), $"coachbot-prompts-{Guid.NewGuid():N}");

    public PromptLibraryTests()
    {
        Directory.CreateDirectory(Path.Combine(_copy, "schema"));
        foreach (var file in Directory.EnumerateFiles(Shipped, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(Shipped, "schema", "prompt.schema.json"), Path.Combine(_copy, "schema", "prompt.schema.json"));
    }

    /// <summary>The repository's prompts folder, found from the test's binaries.</summary>
    public static string Shipped
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln")))
                {
                    return Path.Combine(dir.FullName, "prompts");
                }
            }

            throw new DirectoryNotFoundException("No CoachBot.sln above the test binaries.");
        }
    }

    [Fact]
    public async Task LoadAsync_ShippedTemplates_OneForEachPurposeEachGivenTheLanguage()
    {
        var (library, errors) = await PromptLibrary.LoadAsync(Shipped, default);

        Assert.Empty(errors);
        Assert.Equal(PromptLibrary.Required.Keys.Order(StringComparer.Ordinal), library!.Templates.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(library.Templates, t => Assert.Contains("language", t.Placeholders));
        Assert.All(library.Templates, t => Assert.True(t.Version >= 1));
    }

    [Fact]
    public async Task Render_StaffTemplate_FillsEveryPlaceholderAndNeedsEachValue()
    {
        var template = (await PromptLibrary.LoadAsync(Shipped, default)).Library![PromptIds.RephraseStaff];
        var values = new Dictionary<string, string>
        {
            ["language"] = "Vietnamese",
            ["register"] = "polite, at a hotel desk",
            ["headline"] = "Accusatory complaint: lost bag",
            ["say_now"] = "I'm truly sorry; let me note every detail now.",
            ["keep"] = "H-12",
        };

        var prompt = template.Render(values);

        Assert.Contains("Write in Vietnamese", prompt.System, StringComparison.Ordinal);
        Assert.Contains("Keep exactly these facts, written the same way: H-12.", prompt.System, StringComparison.Ordinal);
        Assert.Contains("SAY: I'm truly sorry; let me note every detail now.", prompt.User, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", prompt.System + prompt.User, StringComparison.Ordinal);
        values.Remove("keep");
        Assert.Throws<ArgumentException>(() => template.Render(values));
    }

    [Theory]
    [InlineData("rephrase-staff.yaml", "  HEADLINE: {{headline}}", "  HEADLINE: {{headline}} {{room}}", "'{{room}}' is used but not declared")]
    [InlineData("rephrase-staff.yaml", "placeholders: [language, register, headline, say_now, keep]", "placeholders: [language, register, headline, say_now, keep, mood]", "'mood' is declared but never used")]
    [InlineData("escalation-summary.yaml", "id: escalation-summary", "id: rephrase-sales", "is not the file's name")]
    [InlineData("roleplay-voice.yaml", "placeholders: [language, role, case, line, answer]", "placeholders: [role, case, line, answer]", "'{{language}}' is used but not declared")]
    public async Task LoadAsync_BrokenTemplate_RefusedWithFileLineAndWhy(string file, string text, string broken, string message)
    {
        var path = Path.Combine(_copy, file);
        var content = await File.ReadAllTextAsync(path);
        Assert.Contains(text, content, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, content.Replace(text, broken, StringComparison.Ordinal));

        var (library, errors) = await PromptLibrary.LoadAsync(_copy, default);

        Assert.Null(library);
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal($"prompts/{file}", error.File);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public async Task LoadAsync_APurposeWithoutATemplate_Refused()
    {
        File.Delete(Path.Combine(_copy, "roleplay-voice.yaml"));

        var (library, errors) = await PromptLibrary.LoadAsync(_copy, default);

        Assert.Null(library);
        Assert.Contains(errors, e => e.Message == "no template for 'roleplay-voice'");
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);
}
