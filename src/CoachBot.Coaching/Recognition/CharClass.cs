namespace CoachBot.Coaching.Recognition;

/// <summary>Character classes the matcher and the amount parser share.</summary>
internal static class CharClass
{
    /// <summary>CJK unified ideographs (basic block, extension A, compatibility).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A character that continues a Latin-script word; Han characters do not, so "客人complain" splits.</summary>
    public static bool IsWordChar(char c) => !IsHan(c) && (char.IsLetterOrDigit(c) || c == '\'');

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Letters only Vietnamese uses: đ ă ơ ư and the precomposed vowels with tone marks.</summary>
    public static bool IsVietnameseLetter(char c) =>
        c is 'đ' or 'Đ' or 'ă' or 'Ă' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or >= '\u1EA0' and <= '\u1EF9';
}
