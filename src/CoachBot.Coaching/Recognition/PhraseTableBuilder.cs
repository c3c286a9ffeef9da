namespace CoachBot.Coaching.Recognition;

/// <summary>Collects folded phrases and their meanings while the lexicon is read; one entry per spelling.</summary>
internal sealed class PhraseTableBuilder
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _phrases = [];
    private readonly List<List<PhraseTarget>> _targets = [];

    public void Add(string folded, PhraseTarget target)
    {
        if (!_index.TryGetValue(folded, out var i))
        {
            i = _phrases.Count;
            _index[folded] = i;
            _phrases.Add(folded);
            _targets.Add([]);
        }

        // The same spelling listed twice (say under en and vi) counts once, at its higher weight.
        var same = _targets[i].FindIndex(t => t.Kind == target.Kind && t.Name == target.Name && t.Fact?.Value == target.Fact?.Value);
        if (same < 0)
        {
            _targets[i].Add(target);
        }
        else if (_targets[i][same].Weight < target.Weight)
        {
            _targets[i][same] = target;
        }
    }

    public KeywordAutomaton BuildAutomaton() => new(_phrases);

    public PhraseTarget[][] BuildTargets() => [.. _targets.Select(t => t.ToArray())];
}
