using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Texts;
using CoachBot.Hosting;

namespace CoachBot.Tests.Hosting;

/// <summary>The shipped texts file against every key the app names: the coaching bot's and the duty desk's.</summary>
public sealed class TextKeysTests
{
    [Fact]
    public async Task ShippedTexts_AgainstTheWholeApp_EveryKeyUsedAndNoneMissing()
    {
        var result = await TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingContent.TextKeys, CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.Equal(CoachingContent.TextKeys.Texts.Order(StringComparer.Ordinal), result.Catalog!.TextKeys.Order(StringComparer.Ordinal));
        Assert.Equal(CoachingContent.TextKeys.Commands.Order(StringComparer.Ordinal), result.Catalog.CommandKeys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("set duty desk here", "en")]
    [InlineData("Đặt bàn trực ở đây", "vi")]
    [InlineData("dat ban truc o day", "vi")]
    [InlineData("设为值班台", "zh")]
    [InlineData("設為值班台", "zh-Hant")]
    public async Task SetDutyDesk_InEachLanguage_IsTheDeskCommandInThatLanguage(string text, string language)
    {
        var texts = (await TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, CoachingContent.TextKeys, CancellationToken.None)).OrThrow();

        var match = texts.Recognize(text);

        Assert.NotNull(match);
        Assert.Equal(CoachBot.Escalations.EscalationTexts.SetDutyDesk, match.Command);
        Assert.Equal(language, match.Language.Tag);
    }
}
