namespace CoachBot.Coaching.Recognition;

/// <summary>
/// A Teams app command title ("complaint", "khiếu nại", "投诉") that arrives as the whole message: its intent
/// is certain, and its language is the one the title was written in.
/// </summary>
internal sealed record CommandTitle(string Intent, string Language)
{
    /// <summary>The folded message without surrounding spaces and punctuation ("Complaint!" → "complaint").</summary>
    public static string Key(string folded) => folded.Trim().Trim(Punctuation);

    private static readonly char[] Punctuation = ['.', ',', '!', '?', '/', '。', '！', '？', '，', ':', '"', '\''];
}
