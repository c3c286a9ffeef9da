using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

public sealed class TextNormaliserTests(RecogniserFixture fixture) : IClassFixture<RecogniserFixture>
{
    private static readonly TextNormaliser Normaliser = new(new Dictionary<char, char> { ['說'] = '说', ['氣'] = '气' });

    [Theory]
    [InlineData("Khách đang RẤT giận", "khach dang rat gian")]
    [InlineData("ĐÒI bồi thường", "doi boi thuong")]
    [InlineData("ＶＩＰ　ｇｕｅｓｔ １０％", "vip guest 10%")]
    [InlineData("wake-up   call", "wake up call")]
    [InlineData("客人說很生氣", "客人说很生气")]
    [InlineData("isn’t angry", "isn't angry")]
    public void Fold_TypedVariants_MatchOneSpelling(string typed, string expected)
    {
        Assert.Equal(expected, Normaliser.Fold(typed));
    }

    [Fact]
    public void Fold_DecomposedVietnamese_SameAsPrecomposed()
    {
        var decomposed = "khách giận".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(Normaliser.Fold("khách giận"), Normaliser.Fold(decomposed));
    }

    [Theory]
    [InlineData("客人在櫃檯客訴房間太吵", "complaint")]
    [InlineData("客人說晨喚沒打，他錯過了飛機", "complaint")]
    [InlineData("房客在櫃台大吵，說房間很髒", "complaint")]
    [InlineData("客戶說哪間飯店都一樣", "objection")]
    public void Recognise_TaiwanWords_UnderstoodAsTheirMainlandSynonyms(string message, string intent)
    {
        var recognition = fixture.Recogniser.Recognise(message);

        Assert.Equal(intent, recognition.Intent);
    }

    [Fact]
    public void Fold_TaiwanWord_SameLengthMainlandWordSoPositionsHold()
    {
        var normaliser = new TextNormaliser(new Dictionary<char, char> { ['訴'] = '诉', ['櫃'] = '柜', ['檯'] = '台' }, [("客訴", "投訴"), ("櫃檯", "前台")]);

        Assert.Equal("他在前台投诉了", normaliser.Fold("他在櫃檯客訴了"));
    }
}
