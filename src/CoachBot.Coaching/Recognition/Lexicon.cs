using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// The compiled lexicon: one automaton over every phrase of every language, what each phrase means, and
/// the tables for amounts and clarification. Built once by <see cref="LexiconLoader"/>; immutable.
/// </summary>
internal sealed class Lexicon
{
    public required TextNormaliser Normaliser { get; init; }

    public required KeywordAutomaton Automaton { get; init; }

    /// <summary>The meanings of each phrase of the automaton, by phrase index.</summary>
    public required PhraseTarget[][] Targets { get; init; }

    /// <summary>How many words (or Han characters) may stand between a negation cue and what it negates.</summary>
    public required int NegationWindow { get; init; }

    public required string BreakPunctuation { get; init; }

    public required AmountTables Amounts { get; init; }

    public required ClarificationTexts Clarification { get; init; }

    public required IReadOnlyDictionary<string, KnownFact> Facts { get; init; }

    /// <summary>The app's command titles by <see cref="CommandTitle.Key"/>.</summary>
    public required IReadOnlyDictionary<string, CommandTitle> Commands { get; init; }

    /// <summary>
    /// Per role, a factor on each intent's score: who asks shifts a close call between two readings of the same
    /// words (a front-desk message about "the same breakfast every day" is a guest's complaint, not a client's objection).
    /// </summary>
    public required IReadOnlyDictionary<StaffRole, IReadOnlyDictionary<string, double>> RolePriors { get; init; }

    /// <summary>Short forms typed on a phone, written out before matching.</summary>
    public required Abbreviations Abbreviations { get; init; }

    /// <summary>Labelled first messages for what the words do not settle.</summary>
    public required ExampleBank Examples { get; init; }

    public FactKind KindOf(string fact) => Facts[fact].Kind;
}
