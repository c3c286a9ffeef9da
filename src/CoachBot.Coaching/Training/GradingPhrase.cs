namespace CoachBot.Coaching.Training;

/// <summary>
/// What one folded phrase of the grader's automaton is: a negation cue (in which languages), a clause break, a neutral
/// phrase, and/or a phrase of some checks (which, in which languages, and as written in the checks file, to show).
/// </summary>
internal sealed class GradingPhrase
{
    public byte CueLanguages { get; set; }

    public bool IsBreak { get; set; }

    public bool IsNeutral { get; set; }

    public List<(int Check, byte Languages, string Written)> Uses { get; } = [];
}
