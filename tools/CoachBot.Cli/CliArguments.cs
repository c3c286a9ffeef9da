using CoachBot.Coaching.Knowledge;

namespace CoachBot.Cli;

/// <summary>The words after the command name: <c>--name value</c> options and plain arguments.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var positional = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[words[i][2..]] = hasValue ? words[++i] : "true";
            }
            else
            {
                positional.Add(words[i]);
            }
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The playbook directory: <c>--dir</c>, or the playbooks shipped beside the program.</summary>
    public string PlaybookDirectory => Option("dir") ?? PlaybookLoader.DefaultDirectory;

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;
}
