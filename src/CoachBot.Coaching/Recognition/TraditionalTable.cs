namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads the traditional → simplified table: tokens of two characters, '#' starts a comment; and the Taiwan words,
/// lines <c>word: 客訴 投訴</c> (the Taiwan word, then the mainland word of the same length the lexicon uses).
/// </summary>
internal static class TraditionalTable
{
    private const string WordPrefix = "word:";

    public static Dictionary<char, char> Parse(string text, string fileName, List<string> errors) => Parse(text, fileName, errors, []);

    public static Dictionary<char, char> Parse(string text, string fileName, List<string> errors, List<(string Taiwan, string Mainland, int Line)> words)
    {
        var map = new Dictionary<char, char>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith(WordPrefix, StringComparison.Ordinal))
            {
                var pair = line[WordPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (pair.Length != 2 || pair[0].Length != pair[1].Length || pair[0] == pair[1])
                {
                    errors.Add($"{fileName}:{n + 1}: a word line is 'word: <Taiwan word> <mainland word>', two different words of the same length");
                }
                else
                {
                    words.Add((pair[0], pair[1], n + 1));
                }

                continue;
            }

            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Length != 2 || token[0] == token[1])
                {
                    errors.Add($"{fileName}:{n + 1}: '{token}' is not a pair of two different characters");
                }
                else if (map.TryGetValue(token[0], out var other) && other != token[1])
                {
                    errors.Add($"{fileName}:{n + 1}: '{token[0]}' is mapped to both '{other}' and '{token[1]}'");
                }
                else
                {
                    map[token[0]] = token[1];
                }
            }
        }

        foreach (var (traditional, simplified) in map)
        {
            if (map.ContainsKey(simplified))
            {
                errors.Add($"{fileName}: '{simplified}' (from '{traditional}') is itself listed as traditional");
            }
        }

        return map;
    }
}
