using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Content;

/// <summary>One problem found while loading the coaching content, with the part, file and line it is on.</summary>
public sealed partial record ContentError(ContentPart Part, string File, int Line, string Message)
{
    /// <summary>"file:line: message", the form the loaders print.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";

    internal static ContentError From(ContentPart part, PlaybookError error) =>
        new(part, error.File, error.Line, error.RuleId is null ? error.Message : $"{error.RuleId}: {error.Message}");

    internal static ContentError From(PolicyError error) => new(ContentPart.Policy, error.File, error.Line, error.Message);

    /// <summary>
    /// A lexicon error, which the lexicon loader gives as one line of text ("file:line: message", or "file: message"
    /// for a problem of the whole file); anything else keeps <paramref name="fallbackFile"/> and line 1.
    /// </summary>
    internal static ContentError FromLexicon(string error, string fallbackFile)
    {
        var match = LexiconLine().Match(error);
        if (!match.Success)
        {
            return new ContentError(ContentPart.Lexicon, fallbackFile, 1, error);
        }

        var line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 1;
        return new ContentError(ContentPart.Lexicon, match.Groups["file"].Value, line, match.Groups["message"].Value);
    }

    [GeneratedRegex(@"^(?<file>[^:\s]+):(?:(?<line>\d+):)?\s?(?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex LexiconLine();
}
