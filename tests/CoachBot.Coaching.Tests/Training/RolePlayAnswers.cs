using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>
/// The trainee answers of <c>roleplay-answers.yaml</c>: per check and language (en, vi, zh, zh-Hant), answers that must
/// pass the check and answers that must fail it.
/// </summary>
internal static class RolePlayAnswers
{
    public const string File = "roleplay-answers.yaml";

    public static IReadOnlyList<(string Check, string Language, bool Pass, string Answer)> All { get; } = Read();

    private static List<(string, string, bool, string)> Read()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Training", File)))
        {
            yaml.Load(reader);
        }

        var answers = new List<(string, string, bool, string)>();
        foreach (var (check, languages) in (YamlMappingNode)yaml.Documents[0].RootNode)
        {
            foreach (var (language, outcomes) in (YamlMappingNode)languages)
            {
                foreach (var (outcome, list) in (YamlMappingNode)outcomes)
                {
                    var pass = ((YamlScalarNode)outcome).Value == "pass";
                    answers.AddRange(((YamlSequenceNode)list).Select(a => (((YamlScalarNode)check).Value!, ((YamlScalarNode)language).Value!, pass, ((YamlScalarNode)a).Value!)));
                }
            }
        }

        return answers;
    }
}
