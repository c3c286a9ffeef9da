namespace CoachBot.Coaching.Recognition;

/// <summary>One occurrence of a lexicon phrase in folded text: which phrase, and where (end exclusive).</summary>
internal readonly record struct KeywordMatch(int Phrase, int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(KeywordMatch other) => Start <= other.Start && other.End <= End && Length > other.Length;
}
