using System.Buffers;
using System.Collections.Frozen;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// First messages labelled with what they were about, for the messages the lexicon's words do not settle: the
/// nearest examples by TF-IDF cosine over word and character n-grams (Han: characters and pairs) on folded text.
/// An inverted index keeps a lookup to the examples that share a feature with the message.
/// </summary>
internal sealed class ExampleBank
{
    private const int Neighbours = 3;

    private readonly ExampleLabel[] _labels;
    private readonly FrozenDictionary<string, (int Example, float Weight)[]> _postings;
    private readonly FrozenDictionary<string, float> _idf;
    private readonly int[] _labelOf;
    private readonly float _unseen;

    private ExampleBank(ExampleLabel[] labels, int[] labelOf, FrozenDictionary<string, (int, float)[]> postings, FrozenDictionary<string, float> idf)
    {
        _unseen = idf.Count == 0 ? 1 : idf.Values.Max();
        _labels = labels;
        _labelOf = labelOf;
        _postings = postings;
        _idf = idf;
    }

    public static ExampleBank Empty { get; } = Build([]);

    public int Count => _labelOf.Length;

    /// <summary>Indexes <paramref name="examples"/>: folded text and its label.</summary>
    public static ExampleBank Build(IReadOnlyList<(string Folded, ExampleLabel Label)> examples)
    {
        var labels = examples.Select(e => e.Label).Distinct().ToArray();
        var labelOf = examples.Select(e => Array.IndexOf(labels, e.Label)).ToArray();
        var counts = examples.Select(e => Features(e.Folded)).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }

        var idf = documentFrequency.ToFrozenDictionary(p => p.Key, p => (float)Math.Log(1 + (double)examples.Count / p.Value), StringComparer.Ordinal);
        var postings = new Dictionary<string, List<(int, float)>>(StringComparer.Ordinal);
        for (var i = 0; i < counts.Length; i++)
        {
            foreach (var (feature, weight) in Normalise(counts[i], idf, 1))
            {
                (postings.TryGetValue(feature, out var list) ? list : postings[feature] = []).Add((i, weight));
            }
        }

        return new ExampleBank(labels, labelOf, postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), idf);
    }

    /// <summary>
    /// The label the nearest examples agree on among those <paramref name="allowed"/> (each of the three nearest votes
    /// with its similarity), with the similarity of its nearest example, how many of the three nearest carry that
    /// label and how many that label's situation (an objection of another type still agrees it is an objection); null
    /// when no example shares a feature.
    /// </summary>
    public (ExampleLabel Label, double Similarity, int Agreeing, int AgreeingOnIntent)? Nearest(string folded, Func<ExampleLabel, bool> allowed)
    {
        // The filter asked once per label, not once per example; the similarities of the message to every example
        // made once per message (see Similarities) and only filtered here.
        var open = ArrayPool<bool>.Shared.Rent(_labels.Length);
        try
        {
            for (var l = 0; l < _labels.Length; l++)
            {
                open[l] = allowed(_labels[l]);
            }

            return Nearest(Similarities(folded), open);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(open);
        }
    }

    // A turn looks the same message up several times (situation, objection type, trap, special case), each with its
    // own filter: the message's similarity to every example (a pass over the postings of each of its features, most
    // of a lookup's time) is made once per thread and message, in an array the thread keeps.
    [ThreadStatic]
    private static (ExampleBank Bank, string Text, float[] Similarity)? _lastQuery;

    private float[] Similarities(string folded)
    {
        if (_lastQuery is { } last && ReferenceEquals(last.Bank, this) && string.Equals(last.Text, folded, StringComparison.Ordinal))
        {
            return last.Similarity;
        }

        var similarity = _lastQuery is { } previous && previous.Similarity.Length >= _labelOf.Length ? previous.Similarity : new float[_labelOf.Length];
        _lastQuery = null; // until the array holds this message's similarities
        Array.Clear(similarity, 0, _labelOf.Length);
        foreach (var (feature, weight) in Normalise(Features(folded), _idf, _unseen))
        {
            if (!_postings.TryGetValue(feature, out var list))
            {
                continue;
            }

            foreach (var (example, exampleWeight) in list)
            {
                similarity[example] += weight * exampleWeight;
            }
        }

        _lastQuery = (this, folded, similarity);
        return similarity;
    }

    private (ExampleLabel Label, double Similarity, int Agreeing, int AgreeingOnIntent)? Nearest(float[] similarity, bool[] open)
    {
        Span<int> nearest = [-1, -1, -1];
        for (var e = 0; e < _labelOf.Length; e++)
        {
            if (similarity[e] <= 0 || !open[_labelOf[e]])
            {
                continue;
            }

            for (var k = 0; k < Neighbours; k++)
            {
                if (nearest[k] < 0 || similarity[e] > similarity[nearest[k]])
                {
                    for (var m = Neighbours - 1; m > k; m--)
                    {
                        nearest[m] = nearest[m - 1];
                    }

                    nearest[k] = e;
                    break;
                }
            }
        }

        // Each of the nearest votes for its label with its similarity; the label with most votes wins.
        var (bestLabel, bestVote, bestSimilarity, bestCount) = (-1, 0f, 0f, 0);
        foreach (var candidate in nearest)
        {
            if (candidate < 0)
            {
                continue;
            }

            var label = _labelOf[candidate];
            float vote = 0, top = 0;
            var count = 0;
            foreach (var other in nearest)
            {
                if (other >= 0 && _labelOf[other] == label)
                {
                    vote += similarity[other];
                    top = Math.Max(top, similarity[other]);
                    count++;
                }
            }

            if (vote > bestVote)
            {
                (bestLabel, bestVote, bestSimilarity, bestCount) = (label, vote, top, count);
            }
        }

        if (bestLabel < 0)
        {
            return null;
        }

        var onIntent = 0;
        foreach (var other in nearest)
        {
            if (other >= 0 && _labels[_labelOf[other]].Intent == _labels[bestLabel].Intent)
            {
                onIntent++;
            }
        }

        return (_labels[bestLabel], bestSimilarity, bestCount, onIntent);
    }

    // Words, and character trigrams inside words (so "complaning" still shares most of "complaining"); Han text as
    // characters (half weight) and pairs.
    private static Dictionary<string, float> Features(string folded)
    {
        var features = new Dictionary<string, float>(StringComparer.Ordinal);
        void Add(string feature, float weight) => features[feature] = features.GetValueOrDefault(feature) + weight;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (CharClass.IsHan(c))
            {
                Add(c.ToString(), 0.5f);
                if (i + 1 < folded.Length && CharClass.IsHan(folded[i + 1]))
                {
                    Add(folded.Substring(i, 2), 1);
                }

                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < folded.Length && char.IsLetterOrDigit(folded[i]) && !CharClass.IsHan(folded[i]))
                {
                    i++;
                }

                var word = folded[start..i];
                Add("w:" + word, 1);
                var padded = " " + word + " ";
                for (var j = 0; j + 3 <= padded.Length; j++)
                {
                    Add(string.Concat("c:", padded.AsSpan(j, 3)), 1);
                }
            }
            else
            {
                i++;
            }
        }

        return features;
    }

    // A feature no example has counts in the message's length (something the examples do not know), at the weight of
    // the rarest known feature, but matches nothing.
    private static IEnumerable<(string Feature, float Weight)> Normalise(Dictionary<string, float> counts, IReadOnlyDictionary<string, float> idf, float unseen)
    {
        var weighted = counts
            .Select(p => (p.Key, Weight: (1 + MathF.Log(p.Value)) * idf.GetValueOrDefault(p.Key, unseen)))
            .ToList();
        var norm = MathF.Sqrt(weighted.Sum(p => p.Weight * p.Weight));
        return norm == 0 ? [] : weighted.Select(p => (p.Key, p.Weight / norm));
    }
}
