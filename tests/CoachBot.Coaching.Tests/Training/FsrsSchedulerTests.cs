using CoachBot.Coaching.Training;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>
/// The scheduler against the reference implementation: the expected rows were computed with open-spaced-repetition's
/// ts-fsrs 5.4.2 (FSRS-6 default parameters, no fuzz, short-term steps on), each answer given when the card fell due
/// (or, where said, two days after a due date a day or more away). A row is (rating, minutes to the next review,
/// stability, difficulty).
/// </summary>
public class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, int, (int Rating, int Minutes, double Stability, double Difficulty)[]> Reference => new()
    {
        {
            "good six times, two misses, good five times", 0,
            [(3, 10, 2.3065, 2.1181), (3, 2880, 2.3065, 2.1112), (3, 15840, 10.9710, 2.1043), (3, 66240, 46.3169, 2.0975), (3, 234720, 162.9998, 2.0906), (3, 717120, 497.8766, 2.0837), (1, 10, 6.8904, 7.3832), (1, 10, 2.1546, 9.1251), (3, 2880, 2.1546, 9.1112), (3, 5760, 3.9831, 9.0973), (3, 10080, 7.2363, 9.0835), (3, 17280, 12.4830, 9.0696), (3, 30240, 20.7704, 9.0558)]
        },
        {
            "again first, then good", 0,
            [(1, 1, 0.2120, 6.4133), (3, 10, 0.2467, 6.4021), (3, 1440, 0.2842, 6.3909), (3, 2880, 2.1521, 6.3798), (3, 10080, 6.6243, 6.3686), (3, 27360, 19.1690, 6.3575), (3, 69120, 48.2976, 6.3464)]
        },
        {
            "easy, hard, good, again, easy, good", 0,
            [(4, 11520, 8.2956, 1.0000), (2, 38880, 26.7042, 4.0106), (3, 122400, 85.3402, 4.0018), (1, 10, 3.5789, 8.0137), (4, 8640, 5.9485, 7.3352), (3, 21600, 14.7290, 7.3231)]
        },
        {
            "hard at each step, answered two days late", 2,
            [(2, 6, 1.2931, 5.1122), (2, 6, 1.2931, 6.7405), (2, 6, 1.2931, 7.8214), (3, 10, 1.3359, 7.8088), (2, 6, 1.3359, 8.5306), (3, 1440, 1.3772, 8.5173), (1, 10, 0.4340, 9.4979), (3, 1440, 0.4817, 9.4836)]
        },
    };

    private static FsrsScheduler Scheduler(TimeProvider? time = null) =>
        new(new FsrsOptions { Fuzz = false }, time ?? new FakeTimeProvider(Start));

    [Theory]
    [MemberData(nameof(Reference))]
    public void Review_ASequenceOfAnswers_MatchesTheReferenceImplementation(string name, int daysLate, (int Rating, int Minutes, double Stability, double Difficulty)[] rows)
    {
        var scheduler = Scheduler();
        var card = MemoryCard.New(Start);
        var at = Start;
        for (var i = 0; i < rows.Length; i++)
        {
            var (rating, minutes, stability, difficulty) = rows[i];
            card = scheduler.Review(card, (RecallRating)rating, at);
            var interval = card.Due - card.LastReview!.Value;
            Assert.True(minutes == (int)Math.Round(interval.TotalMinutes, MidpointRounding.AwayFromZero), $"{name}, answer {i + 1}: {interval.TotalMinutes} minutes, expected {minutes}");
            Assert.True(Math.Abs(stability - card.Stability!.Value) < 0.0006, $"{name}, answer {i + 1}: stability {card.Stability}, expected {stability}");
            Assert.True(Math.Abs(difficulty - card.Difficulty!.Value) < 0.0006, $"{name}, answer {i + 1}: difficulty {card.Difficulty}, expected {difficulty}");
            at = card.Due + (interval >= TimeSpan.FromDays(1) ? TimeSpan.FromDays(daysLate) : TimeSpan.Zero);
        }
    }

    [Fact]
    public void Review_AMissedQuestion_ComesBackSoonerThanOneAnsweredWell()
    {
        var scheduler = Scheduler();
        var learnt = scheduler.Review(scheduler.Review(MemoryCard.New(Start), RecallRating.Good, Start), RecallRating.Good, Start.AddMinutes(10));

        var missed = scheduler.Review(learnt, RecallRating.Again, learnt.Due);
        var answered = scheduler.Review(learnt, RecallRating.Good, learnt.Due);

        Assert.Equal(MemoryPhase.Relearning, missed.Phase);
        Assert.Equal(learnt.Due.AddMinutes(10), missed.Due);
        Assert.True(answered.Due > missed.Due.AddDays(2));
        Assert.True(missed.Stability < answered.Stability);
    }

    [Fact]
    public void Retrievability_FiveDaysAfterTheLastAnswer_MatchesTheReference()
    {
        var time = new FakeTimeProvider(Start);
        var scheduler = Scheduler(time);
        var card = scheduler.Review(MemoryCard.New(Start), RecallRating.Good);
        time.SetUtcNow(card.Due);
        card = scheduler.Review(card, RecallRating.Good);

        time.Advance(TimeSpan.FromDays(5));

        Assert.Equal(0.83886143, scheduler.Retrievability(card), 6);
        Assert.Equal(0, scheduler.Retrievability(MemoryCard.New(Start)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(30)]
    public void Review_ACardInReview_HardNoLaterThanGoodAndEasyAtLeastADayPastGood(int daysLate)
    {
        // No Hard penalty and no Easy bonus (both in FSRS's bounds): the three grades reach the same stability, so only
        // the ordering rule keeps their intervals apart.
        var parameters = FsrsOptions.DefaultParameters.ToArray();
        (parameters[15], parameters[16]) = (1, 1);
        var scheduler = new FsrsScheduler(new FsrsOptions { Parameters = parameters, Fuzz = false }, new FakeTimeProvider(Start));
        var card = scheduler.Review(MemoryCard.New(Start), RecallRating.Easy, Start);
        for (var i = 0; i < 4; i++)
        {
            card = scheduler.Review(card, RecallRating.Hard, card.Due);
            Assert.Equal(MemoryPhase.Review, card.Phase);
            var at = card.Due.AddDays(daysLate);
            var hard = (scheduler.Review(card, RecallRating.Hard, at).Due - at).TotalDays;
            var good = (scheduler.Review(card, RecallRating.Good, at).Due - at).TotalDays;
            var easy = (scheduler.Review(card, RecallRating.Easy, at).Due - at).TotalDays;

            Assert.True(hard < good && good < easy, $"hard {hard}, good {good}, easy {easy} days after {i + 1} reviews");
        }
    }

    [Fact]
    public void Review_WithFuzzAnsweredLate_NeverComesBackWithinTheDaysAlreadyPast()
    {
        var fuzzed = new FsrsScheduler(new FsrsOptions(), new FakeTimeProvider(Start), new Random(11));
        var card = Scheduler().Review(MemoryCard.New(Start), RecallRating.Easy, Start);
        var late = card.Due.AddDays(20);

        var intervals = Enumerable.Range(0, 100).Select(_ => (fuzzed.Review(card, RecallRating.Hard, late).Due - late).TotalDays).ToList();

        Assert.All(intervals, d => Assert.True(d >= 1, $"{d} days"));
    }

    [Fact]
    public void Review_WithFuzz_StaysWithinTheSpreadOfTheInterval()
    {
        var plain = Scheduler();
        var fuzzed = new FsrsScheduler(new FsrsOptions(), new FakeTimeProvider(Start), new Random(7));
        var card = MemoryCard.New(Start);
        foreach (var rating in new[] { RecallRating.Good, RecallRating.Good, RecallRating.Good })
        {
            card = plain.Review(card, rating, card.Due);
        }

        var days = (plain.Review(card, RecallRating.Good, card.Due).Due - card.Due).TotalDays;
        var seen = Enumerable.Range(0, 200).Select(_ => (fuzzed.Review(card, RecallRating.Good, card.Due).Due - card.Due).TotalDays).ToHashSet();

        Assert.True(seen.Count > 1, "fuzz spreads the interval");
        Assert.All(seen, d => Assert.InRange(d, days - (1 + (0.15 * 4.5) + (0.1 * (days - 7))) - 0.5, days + (1 + (0.15 * 4.5) + (0.1 * (days - 7))) + 0.5));
    }

    [Fact]
    public void Options_OutOfBounds_AreAllReportedAtOnce()
    {
        var options = new FsrsOptions { Parameters = [.. FsrsOptions.DefaultParameters.Select((w, i) => i is 4 or 20 ? 99 : w)], DesiredRetention = 1.2 };

        var errors = FsrsOptionsCheck.Errors(options);

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("parameter 4", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("parameter 20", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(options, TimeProvider.System));
        Assert.Empty(FsrsOptionsCheck.Errors(new FsrsOptions()));
        Assert.Equal(2, FsrsOptionsCheck.Errors(new FsrsOptions { Parameters = [.. FsrsOptions.DefaultParameters.Select((w, i) => i == 8 ? double.NaN : w)], DesiredRetention = double.NaN }).Count);
    }
}
