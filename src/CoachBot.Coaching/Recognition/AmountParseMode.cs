namespace CoachBot.Coaching.Recognition;

/// <summary>
/// How <see cref="AmountParser"/> reads: <see cref="DecimalMark"/> ('.' or ',', from the user's locale) settles
/// "1.500" and "1,500", which otherwise group thousands; <see cref="Answer"/> says the text answers a question
/// about an amount, so a bare Chinese numeral ("一百二") is an amount rather than a word.
/// </summary>
internal readonly record struct AmountParseMode(char? DecimalMark, bool Answer);
