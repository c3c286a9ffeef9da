using System.Text;

namespace CoachBot.Dialogs.Tests.Recognizers;

public class UnicodeTextTests
{
    // Built in code: test-case strings with lone surrogates do not survive xunit's serialisation of theory data.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Normalize_CharactersIcuRefuses_ReplacedInsteadOfThrowing(int example)
    {
        var (text, expected) = example switch
        {
            0 => ("a\uFFFEb", "a\uFFFDb"),
            1 => (new string((char)0xD800, 1), "\uFFFD"),
            2 => ($"x{(char)0xDC00}{(char)0xD800}y", "x\uFFFD\uFFFDy"),
            _ => ("e\u0301\uFFFE", "é\uFFFD"),
        };

        Assert.Equal(expected, UnicodeText.Normalize(text));
    }

    [Theory]
    [InlineData("Khách đang rất giận", NormalizationForm.FormD)]
    [InlineData("ｈｅｌｌｏ 👨‍👩‍👧 \uFFFF", NormalizationForm.FormKC)]
    [InlineData("plain ascii", NormalizationForm.FormKD)]
    public void Normalize_ValidText_SameAsStringNormalize(string text, NormalizationForm form) =>
        Assert.Equal(text.Normalize(form), UnicodeText.Normalize(text, form));

    [Fact]
    public void Repair_NothingToRepair_SameInstance()
    {
        var text = "客人 😀 ok";

        Assert.Same(text, UnicodeText.Repair(text));
    }

    [Fact]
    public void Fold_TextWithANoncharacter_DoesNotThrow() =>
        Assert.Equal("Co\uFFFD", TextFolding.Fold("Có\uFFFE"));
}
