using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// Reads a staff member's message (English, Vietnamese with or without diacritics, simplified or
/// traditional Chinese, or a mix) and returns the intent, the facts for the rules engine, the amounts, the
/// language and script, a confidence, and a clarification when it should ask rather than guess. All words
/// come from <c>Playbooks/lexicon.yaml</c>; one pass of a precompiled automaton finds them. Thread-safe.
/// </summary>
public sealed class Recogniser
{
    private const double CommandConfidence = 0.9;

    // A phrase that can only be asking to be quizzed or to practise ("quiz me", "đóng vai", "出几道题"), as opposed
    // to a word that may be ("practice", "luyện", "练习"): what the message asks for, whatever situation it names.
    private const double PracticeRequest = 4;

    // The evidence of one ordinary keyword.
    private const double OneKeyword = 1;

    private readonly Lexicon _lexicon;
    private readonly AmountParser _amountParser;
    private readonly RecogniserOptions _options;

    internal Recogniser(Lexicon lexicon, RecogniserOptions? options = null)
    {
        _lexicon = lexicon;
        _amountParser = new AmountParser(lexicon.Amounts);
        _options = options ?? new RecogniserOptions();
        Amounts = new AmountReader(lexicon.Normaliser, _amountParser);
    }

    /// <summary>Reads a bare amount answered to a question ("120", "1tr2", "一百二", "10%"), with the same words as this recogniser.</summary>
    public AmountReader Amounts { get; }

    /// <summary>
    /// Loads <c>lexicon.yaml</c>, <c>recogniser/traditional-simplified.txt</c> and <c>facts.yaml</c> from a
    /// playbooks folder. Throws <see cref="LexiconException"/> listing every problem with its line.
    /// </summary>
    public static Recogniser Load(string playbooksDirectory, RecogniserOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(playbooksDirectory);
        return new Recogniser(LexiconLoader.Load(playbooksDirectory), options);
    }

    /// <summary>Loads the playbooks copied beside the application (<c>Playbooks/</c>).</summary>
    public static Recogniser LoadDefault(RecogniserOptions? options = null) =>
        Load(Path.Combine(AppContext.BaseDirectory, "Playbooks"), options);

    /// <summary>
    /// <paramref name="text"/> folded as the recogniser reads it (lower case, no Vietnamese marks, traditional Chinese as
    /// simplified), so two spellings of one name compare equal.
    /// </summary>
    internal string Fold(string text) => _lexicon.Normaliser.Fold(UnicodeText.Normalize(text));

    /// <summary>
    /// <paramref name="text"/> as <see cref="Recognise"/> matches it: folded, and the short forms typed on a phone written
    /// out ("ko" → "không", "ks" → "khách sạn"), so other phrase lists (the role-play checks) read a message the same way.
    /// </summary>
    internal string FoldForPhrases(string text) => _lexicon.Abbreviations.Expand(Fold(text));

    /// <summary>
    /// The language and script of a message and whether any of its words is known, without reading its situation:
    /// what a turn needs before its dialogs run, at a fraction of <see cref="Recognise"/>'s cost (no amounts, facts
    /// or examples), so a turn reads its message in full once.
    /// </summary>
    public LanguageReading ReadLanguage(string text, string? localeHint = null)
    {
        var (original, _, resolved) = Read(text);
        return new LanguageReading(
            LanguageOf(original, resolved, localeHint),
            LanguageDetector.Script(original, _lexicon.Normaliser),
            resolved.Content.Count > 0);
    }

    /// <summary>
    /// Recognises one message. <paramref name="localeHint"/> (e.g. the activity locale) breaks language ties;
    /// <paramref name="role"/>, the sender's configured role, weighs the readings by what that role brings.
    /// </summary>
    public Recognition Recognise(string text, string? localeHint = null, StaffRole? role = null)
    {
        var (original, folded, resolved) = Read(text);
        var script = LanguageDetector.Script(original, _lexicon.Normaliser);
        var language = LanguageOf(original, resolved, localeHint);

        var facts = new FactSet();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        FactCollector.Collect(resolved.Content, facts, scores);
        var amounts = AmountRoleAssigner.Assign(folded, _amountParser.Parse(NumberWords.Replace(folded)), resolved.RoleCues, _lexicon.Amounts, facts);
        // Figures of a price support a discount request; how full the hotel is or the staffer's own limit do not
        // ("hi, we're 95% full tonight" is still a greeting).
        if (amounts.Any(a => a.Role is not (AmountRole.Limit or AmountRole.Occupancy or AmountRole.OccupancyRate)))
        {
            foreach (var (intent, weight) in _lexicon.Amounts.Supports)
            {
                scores[intent] = scores.GetValueOrDefault(intent) + weight;
            }
        }

        DropCourtesies(scores);

        // The words' own evidence, for tools that show why: what the examples add below is a reading, not a keyword.
        var evidence = new Dictionary<string, double>(scores, StringComparer.Ordinal);
        var emergency = facts.TryGet("emergency", out var e) && e.Symbol != "none";
        if (!emergency)
        {
            ExampleFallback.AddIntent(_lexicon.Examples, folded, scores, facts);
        }

        // The examples' vote beside weak words, both readings weighed by the sender's role. The vote may settle or
        // change the reading, never turn one the words settle into a "which one?".
        var voted = emergency ? null : ExampleFallback.WithVote(_lexicon.Examples, folded, scores, RaisedBy(role));
        WeighByRole(scores, role);
        var (chosen, confidence) = IntentScorer.Choose(scores);
        if (voted is not null)
        {
            WeighByRole(voted, role);
            var (votedIntent, votedConfidence) = IntentScorer.Choose(voted);
            if (votedConfidence >= _options.ClarifyBelow || confidence < _options.ClarifyBelow)
            {
                (scores, chosen, confidence) = (voted, votedIntent, votedConfidence);
            }
        }

        if (_lexicon.Commands.TryGetValue(CommandTitle.Key(folded), out var command))
        {
            // A command title is a choice the user made from the app's menu: no need to ask which situation it is.
            (chosen, confidence, language) = (command.Intent, Math.Max(confidence, CommandConfidence), command.Language);
        }

        if (!emergency && chosen != "quiz" && evidence.GetValueOrDefault("quiz") >= PracticeRequest)
        {
            // "Quiz me on a prospect happy with their supplier": the situation's words are the quiz's topic, not a
            // situation to advise on now.
            (chosen, confidence) = ("quiz", Math.Max(confidence, _options.ClarifyBelow));
        }

        if (!emergency)
        {
            ExampleFallback.AddTopic(_lexicon.Examples, folded, chosen, facts);
        }

        Clarification? clarification = null;
        if (!emergency && confidence < _options.ClarifyBelow)
        {
            clarification = ClarificationBuilder.Build(scores, language, script, _lexicon.Clarification);
            chosen = "unknown";
        }

        string? guess = null;
        if (chosen == "unknown" && !emergency)
        {
            guess = ExampleFallback.Guess(_lexicon.Examples, folded, BroughtBy(role));
        }

        facts.Set("intent", chosen).Set("language", language);
        return new Recognition(chosen, facts, language, script, confidence, amounts, clarification) { Scores = evidence, Guess = guess };
    }

    // A greeting or a "help!" beside words of a situation is courtesy, not the message: "chào anh 950" (offered him 950)
    // or "hi, a guest wants 20% off" is about the situation.
    private static void DropCourtesies(Dictionary<string, double> scores)
    {
        if (scores.Any(s => s.Key is not ("greeting" or "help") && s.Value >= OneKeyword))
        {
            scores.Remove("greeting");
            scores.Remove("help");
        }
    }

    // The sender's language: from the words around any quote when enough are left, as a quote is someone else's.
    private string LanguageOf(string original, ResolvedMatches resolved, string? localeHint)
    {
        if (QuotedSpeech.Around(original) is { } around)
        {
            var (aroundOriginal, _, aroundResolved) = Read(around);
            return LanguageDetector.Language(aroundOriginal, aroundResolved.LanguageMarkers, localeHint);
        }

        return LanguageDetector.Language(original, resolved.LanguageMarkers, localeHint);
    }

    // The words of a message as the lexicon knows them: normalised, folded with short forms expanded, and matched.
    private (string Original, string Folded, ResolvedMatches Resolved) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var original = UnicodeText.Normalize(text);
        var folded = _lexicon.Abbreviations.Expand(_lexicon.Normaliser.Fold(original));
        return (original, folded, MatchResolver.Resolve(folded, _lexicon.Automaton.FindAll(folded), _lexicon));
    }

    // The situations the role brings more than its share of (the intents its prior raises), or any situation when the
    // role raises none (a trainer, no role); read once, not once per label the examples ask about.
    private Func<string, bool> BroughtBy(StaffRole? role)
    {
        var raised = RaisedBy(role);
        return intent => intent is not ("greeting" or "help" or "quiz") && (raised?.Invoke(intent) ?? true);
    }

    // The situations the role's prior raises, or null when it raises none (a trainer, no role).
    private Func<string, bool>? RaisedBy(StaffRole? role)
    {
        HashSet<string> raised = role is { } r && _lexicon.RolePriors.TryGetValue(r, out var priors)
            ? [.. priors.Where(p => p.Value > 1 && p.Key != "quiz").Select(p => p.Key)]
            : [];
        return raised.Count == 0 ? null : raised.Contains;
    }

    private void WeighByRole(Dictionary<string, double> scores, StaffRole? role)
    {
        if (role is { } r && _lexicon.RolePriors.TryGetValue(r, out var priors))
        {
            foreach (var (intent, factor) in priors)
            {
                if (scores.TryGetValue(intent, out var score))
                {
                    scores[intent] = score * factor;
                }
            }
        }
    }
}
