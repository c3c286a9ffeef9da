namespace CoachBot.Coaching.Recognition;

/// <summary>
/// An Aho–Corasick automaton over every folded lexicon phrase, built once at load, so that one pass over
/// the text finds every phrase (no regular expression per keyword). Latin-script phrase ends must fall on
/// word boundaries; Han-script ends match anywhere, as Chinese has no spaces.
/// </summary>
internal sealed class KeywordAutomaton
{
    private readonly Dictionary<long, int> _edges;
    private readonly int[] _fail;
    private readonly int[][] _outputs;
    private readonly string[] _phrases;

    public KeywordAutomaton(IReadOnlyList<string> phrases)
    {
        _phrases = [.. phrases];
        _edges = [];
        var outputs = new List<List<int>> { new() };
        for (var p = 0; p < _phrases.Length; p++)
        {
            var state = 0;
            foreach (var c in _phrases[p])
            {
                if (!_edges.TryGetValue(Key(state, c), out var next))
                {
                    next = outputs.Count;
                    outputs.Add([]);
                    _edges[Key(state, c)] = next;
                }

                state = next;
            }

            outputs[state].Add(p);
        }

        _fail = new int[outputs.Count];
        BuildFailureLinks(outputs);
        _outputs = [.. outputs.Select(o => o.ToArray())];
    }

    public string Phrase(int index) => _phrases[index];

    /// <summary>Every phrase occurrence whose ends respect word boundaries, in order of end position.</summary>
    public List<KeywordMatch> FindAll(string text)
    {
        var matches = new List<KeywordMatch>(32);
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int next;
            while (!_edges.TryGetValue(Key(state, c), out next) && state != 0)
            {
                state = _fail[state];
            }

            // A failed lookup leaves next at 0: back to the root.
            state = next;
            foreach (var p in _outputs[state])
            {
                var start = i + 1 - _phrases[p].Length;
                if (OnBoundary(text, _phrases[p], start, i + 1))
                {
                    matches.Add(new KeywordMatch(p, start, i + 1));
                }
            }
        }

        return matches;
    }

    private static bool OnBoundary(string text, string phrase, int start, int end)
    {
        if (CharClass.IsWordChar(phrase[0]) && start > 0 && JoinsWord(text, start - 1))
        {
            return false;
        }

        return !CharClass.IsWordChar(phrase[^1]) || end >= text.Length || !JoinsWord(text, end);
    }

    // An apostrophe belongs to a word only inside it ("didn't"); as a quote mark ("'neu ben em…'") it is a boundary.
    private static bool JoinsWord(string text, int index) => text[index] != '\''
        ? CharClass.IsWordChar(text[index])
        : index > 0 && index + 1 < text.Length && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);

    private void BuildFailureLinks(List<List<int>> outputs)
    {
        var children = new List<(int Parent, char C, int Child)>();
        foreach (var (key, child) in _edges)
        {
            children.Add(((int)(key >> 16), (char)(key & 0xFFFF), child));
        }

        var byParent = children.ToLookup(e => e.Parent);
        var queue = new Queue<int>();
        foreach (var (_, _, child) in byParent[0])
        {
            _fail[child] = 0;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (_, c, child) in byParent[state])
            {
                var f = _fail[state];
                int target;
                while (!_edges.TryGetValue(Key(f, c), out target) && f != 0)
                {
                    f = _fail[f];
                }

                _fail[child] = _edges.TryGetValue(Key(f, c), out target) && target != child ? target : 0;
                outputs[child].AddRange(outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}
