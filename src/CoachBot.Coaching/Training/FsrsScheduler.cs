namespace CoachBot.Coaching.Training;

/// <summary>
/// The FSRS-6 spaced-repetition scheduler (Free Spaced Repetition Scheduler, open-spaced-repetition): a question
/// answered well comes back after days that grow with its stability; a miss sends it back to a short relearning step
/// and lowers its stability, so missed questions come back sooner. Pure arithmetic over the card and the clock.
/// </summary>
public sealed class FsrsScheduler : ISpacedRepetitionScheduler
{
    private const double MinStability = 0.001;
    private const double MinDifficulty = 1;
    private const double MaxDifficulty = 10;

    // Fuzz widens with the interval: 15 % of the days between 2.5 and 7, 10 % up to 20, 5 % beyond.
    private static readonly (double Start, double End, double Factor)[] FuzzRanges = [(2.5, 7, 0.15), (7, 20, 0.1), (20, double.PositiveInfinity, 0.05)];

    private readonly FsrsOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;

    public FsrsScheduler(FsrsOptions options, TimeProvider time, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (FsrsOptionsCheck.Errors(options) is { Count: > 0 } errors)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        _options = options;
        _time = time;
        _random = random ?? Random.Shared;
        _w = [.. options.Parameters];
        _decay = -_w[20];
        _factor = Math.Pow(0.9, 1 / _decay) - 1;
    }

    public MemoryCard Review(MemoryCard card, RecallRating rating) => Review(card, rating, _time.GetUtcNow());

    public double Retrievability(MemoryCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Retrievability(card, _time.GetUtcNow());
    }

    public MemoryCard Review(MemoryCard card, RecallRating rating, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(card);
        var daysSince = card.LastReview is { } last ? WholeDays(at - last) : (int?)null;
        var (stability, difficulty) = Memory(card, rating, at, daysSince);
        if (card.Phase == MemoryPhase.Review && rating != RecallRating.Again)
        {
            return new MemoryCard(MemoryPhase.Review, null, stability, difficulty, at + TimeSpan.FromDays(ReviewIntervalDays(card, rating, at, daysSince ?? 0)), at);
        }

        var (phase, step, interval) = card.Phase == MemoryPhase.Review
            ? AfterReview(rating, stability)
            : AfterSteps(card.Phase, card.Step ?? 0, rating, stability);
        if (_options.Fuzz && phase == MemoryPhase.Review)
        {
            interval = TimeSpan.FromDays(Fuzzed(WholeDays(interval), daysSince ?? 0));
        }

        return new MemoryCard(phase, step, stability, difficulty, at + interval, at);
    }

    // A card in review answered Hard, Good or Easy: each grade's interval (fuzzed) from its own stability, kept in order
    // as the reference does, so Good is at least a day past Hard and Easy a day past Good even where their stabilities
    // round to the same interval.
    private int ReviewIntervalDays(MemoryCard card, RecallRating rating, DateTimeOffset at, int elapsed)
    {
        int Interval(RecallRating grade)
        {
            var days = NextIntervalDays(Memory(card, grade, at, elapsed).Stability);
            return _options.Fuzz ? Fuzzed(days, elapsed) : days;
        }

        var hard = Interval(RecallRating.Hard);
        var good = Interval(RecallRating.Good);
        hard = Math.Min(hard, good);
        good = Math.Max(good, hard + 1);
        return rating switch
        {
            RecallRating.Hard => hard,
            RecallRating.Good => good,
            _ => Math.Max(Interval(RecallRating.Easy), good + 1),
        };
    }

    // Stability and difficulty after the answer: the first answer sets them, an answer the same day moves stability by
    // the short-term formula, a later one by the long-term recall or forget formula. In review, difficulty always moves.
    private (double Stability, double Difficulty) Memory(MemoryCard card, RecallRating rating, DateTimeOffset at, int? daysSince)
    {
        if (card.Stability is not { } stability || card.Difficulty is not { } difficulty)
        {
            return (InitialStability(rating), Math.Clamp(InitialDifficulty(rating), MinDifficulty, MaxDifficulty));
        }

        var next = daysSince is < 1
            ? ShortTermStability(stability, rating)
            : NextStability(difficulty, stability, Retrievability(card, at), rating);
        return (next, NextDifficulty(difficulty, rating));
    }

    // Learning and relearning walk their steps; past the last step (or on Easy) the card goes to review in days. Hard
    // stays on its step and comes back halfway between the first two steps, wherever it is (as ts-fsrs 5.4 does).
    private (MemoryPhase Phase, int? Step, TimeSpan Interval) AfterSteps(MemoryPhase phase, int step, RecallRating rating, double stability)
    {
        var steps = phase == MemoryPhase.Learning ? _options.LearningSteps : _options.RelearningSteps;
        if (steps.Count == 0 || (step >= steps.Count && rating != RecallRating.Again))
        {
            return ToReview(stability);
        }

        return rating switch
        {
            RecallRating.Again => (phase, 0, steps[0]),
            RecallRating.Hard => (phase, step, WholeMinutes(steps.Count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2)),
            RecallRating.Good when step + 1 < steps.Count => (phase, step + 1, steps[step + 1]),
            _ => ToReview(stability),
        };
    }

    private (MemoryPhase Phase, int? Step, TimeSpan Interval) AfterReview(RecallRating rating, double stability) =>
        rating == RecallRating.Again && _options.RelearningSteps.Count > 0
            ? (MemoryPhase.Relearning, 0, _options.RelearningSteps[0])
            : ToReview(stability);

    private (MemoryPhase, int?, TimeSpan) ToReview(double stability) => (MemoryPhase.Review, null, TimeSpan.FromDays(NextIntervalDays(stability)));

    private double Retrievability(MemoryCard card, DateTimeOffset at)
    {
        if (card.LastReview is not { } last || card.Stability is not { } stability)
        {
            return 0;
        }

        var days = Math.Max(0, WholeDays(at - last));
        return Math.Pow(1 + (_factor * days / stability), _decay);
    }

    private double InitialStability(RecallRating rating) => Math.Max(_w[(int)rating - 1], MinStability);

    private double InitialDifficulty(RecallRating rating) => _w[4] - Math.Pow(Math.E, _w[5] * ((int)rating - 1)) + 1;

    private int NextIntervalDays(double stability)
    {
        var days = stability / _factor * (Math.Pow(_options.DesiredRetention, 1 / _decay) - 1);
        return Math.Min(Math.Max((int)Math.Round(days), 1), _options.MaximumIntervalDays);
    }

    private double ShortTermStability(double stability, RecallRating rating)
    {
        // A same-day answer of Hard or better never lowers stability (FSRS-6 as open-spaced-repetition's ts-fsrs 5.4
        // has it; the tests' reference rows come from there).
        var increase = Math.Pow(Math.E, _w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= RecallRating.Hard)
        {
            increase = Math.Max(increase, 1);
        }

        return Math.Max(stability * increase, MinStability);
    }

    // Linear damping towards 10, then mean reversion towards the difficulty of a first Easy.
    private double NextDifficulty(double difficulty, RecallRating rating)
    {
        var delta = -(_w[6] * ((int)rating - 3));
        var damped = difficulty + ((10 - difficulty) * delta / 9);
        var reverted = (_w[7] * InitialDifficulty(RecallRating.Easy)) + ((1 - _w[7]) * damped);
        return Math.Clamp(reverted, MinDifficulty, MaxDifficulty);
    }

    private double NextStability(double difficulty, double stability, double retrievability, RecallRating rating)
    {
        double next;
        if (rating == RecallRating.Again)
        {
            var longTerm = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) * Math.Pow(Math.E, (1 - retrievability) * _w[14]);
            var shortTerm = stability / Math.Pow(Math.E, _w[17] * _w[18]);
            next = Math.Min(longTerm, shortTerm);
        }
        else
        {
            var hardPenalty = rating == RecallRating.Hard ? _w[15] : 1;
            var easyBonus = rating == RecallRating.Easy ? _w[16] : 1;
            next = stability * (1 + (Math.Pow(Math.E, _w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9]) * (Math.Pow(Math.E, (1 - retrievability) * _w[10]) - 1) * hardPenalty * easyBonus));
        }

        return Math.Max(next, MinStability);
    }

    // A little random spread, as the reference's apply_fuzz: never below two days, never back to a day already past.
    private int Fuzzed(int days, int elapsed)
    {
        if (days < 2.5)
        {
            return days;
        }

        var delta = 1.0;
        foreach (var (start, end, factor) in FuzzRanges)
        {
            delta += factor * Math.Max(Math.Min(days, end) - start, 0);
        }

        var max = Math.Min((int)Math.Round(days + delta), _options.MaximumIntervalDays);
        var min = Math.Max(2, (int)Math.Round(days - delta));
        if (days > elapsed)
        {
            min = Math.Max(min, elapsed + 1);
        }

        min = Math.Min(min, max);
        return (int)Math.Floor((_random.NextDouble() * (max - min + 1)) + min);
    }

    // The reference schedules learning steps in whole minutes.
    private static TimeSpan WholeMinutes(TimeSpan span) => TimeSpan.FromMinutes(Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero));

    // Whole days elapsed, rounded down, as the reference implementation counts them.
    private static int WholeDays(TimeSpan span) => (int)Math.Floor(span.TotalDays);
}
