using CoachBot.Evaluation;

namespace CoachBot.Tests.Evaluation;

/// <summary>The evaluation's figure invariants catch what a staffer must never read out, and pass what is fine.</summary>
public sealed class FigureCheckTests
{
    [Theory]
    [InlineData("rate 120, he wants 10% more after 110", "Already given $110 off (110%)… hold firm at $-10 a night", 2)]
    [InlineData("Giá phòng 1.800.000đ, khách muốn giảm 10%", "First hold firm at $1,620,000 a night.", 1)]
    [InlineData("房价800元，客人要打九折", "先稳住每晚 $720 的价格。", 1)]
    [InlineData("rate $120, wants 10% off", "First hold firm at $120 a night. Then $6 more, so $114 (5% off in all).", 0)]
    [InlineData("Giá phòng 1.800.000đ, khách muốn giảm 10%", "Giá đang tính bằng VND; mình không quy đổi. Khách xin: tổng cộng giảm 10%.", 0)]
    public void Problems_ReplyFigures_FlagNegativeOverHundredPercentAndConvertedCurrency(string message, string reply, int problems) =>
        Assert.Equal(problems, FigureCheck.Problems(message, reply).Count);
}
