using CoachBot.Coaching.Privacy;

namespace CoachBot.Coaching.Tests.Privacy;

public sealed class CardNumberMaskTests
{
    [Theory]
    [InlineData("card 4111 1111 1111 1111 thanks", "card •••• •••• •••• 1111 thanks")]
    [InlineData("4111111111111111", "••••••••••••1111")]
    [InlineData("5500-0000-0000-0004", "••••-••••-••••-0004")]
    [InlineData("amex 3782 822463 10005.", "amex •••• •••••• •0005.")]
    [InlineData("4111 - 1111 - 1111 - 1111", "•••• - •••• - •••• - 1111")]
    [InlineData("６０１１１１１１１１１１１１１７", "••••••••••••１１１７")]
    [InlineData("room 4242 4111 1111 1111 1111", "room 4242 •••• •••• •••• 1111")]
    [InlineData("a 4111111111111111 and 5500 0000 0000 0004", "a ••••••••••••1111 and •••• •••• •••• 0004")]
    public void Mask_LuhnValidCardNumber_AllButTheLastFourDigitsMasked(string typed, string kept)
    {
        Assert.Equal(kept, CardNumberMask.Mask(typed));
    }

    [Theory]
    [InlineData("room 4242, call 0912 345 678")]
    [InlineData("booking 4111 1111 1111 1112")]
    [InlineData("ref 123456789012")]
    [InlineData("id 41111111111111111111111")]
    [InlineData("4111.1111.1111.1111 on 12/03")]
    [InlineData("")]
    [InlineData("Rates were all they asked about")]
    public void Mask_NoCardNumber_TextKeptAsTyped(string typed)
    {
        Assert.Equal(typed, CardNumberMask.Mask(typed));
    }
}
