using System.Text;

namespace CoachBot.Tests.Support.Fuzz;

/// <summary>Texts for fuzzed messages: what staff really type, commands, and strings that are hard on text code.</summary>
internal static class FuzzText
{
    public static readonly string[] Coaching =
    [
        "The guest is shouting at the desk, his bag is lost and he wants money",
        "A regular wants $5 more off in peak season, we already gave 10% on the 120 rate",
        "My prospect is happy with their current supplier",
        "The guest says the room is dirty and wants a refund",
        "Corporate client asks for 30% off the 150 rate",
        "There is a fire in the kitchen and a guest is complaining about the bill",
        "A guest slipped in the lobby and is bleeding",
        "We lost the conference to the hotel next door",
        "khach dang rat gian vi mat hanh ly, doi den tien",
        "Khách đang rất giận vì mất hành lý, đòi đền tiền",
        "客人在前台大喊，他的行李丢了，要求赔钱",
        "客人在前台大喊，他的行李丟了，要求賠錢",
        "老客户想在旺季再便宜5美元，我们已经给了120的房价打9折",
    ];

    public static readonly string[] Commands =
    [
        "help", "why", "language", "start over", "cancel", "forget my data", "set duty desk here", "yes", "no", "1", "#2", "3",
        "50%", "$120", "120", "1e9", "-5", "0", "Tiếng Việt", "中文", "English", "tại sao", "为什么", "hi", "hello",
    ];

    private static readonly string[] Awkward =
    [
        "\uFFFE", "\uFFFF", "\uFEFF", "\u200B", "\u202E", "\u2066", "\u0000", "\u0007", "\r", "\n", "\t", "\u001b[31m", "\u0085",
        "\u2028", "\u2029", "e\u0301", "\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👨‍👩‍👧", "🇻🇳", "ﷺ", "Ａ", "ǅ", "İ", "ß", "\u00AD", "<at>CoachBot</at>",
        "<at>", "</at>", "<at><at>x</at>", "<script>", "%s%n", "{0}", "{ConversationId}", "\\", "\"", "'", "`", "$", "đ", "Đ",
    ];

    /// <summary>Any text; now and then a long one, up to twice what Teams lets a user send (longer bodies are refused with 413).</summary>
    public static string Any(Random random)
    {
        return random.Next(10) switch
        {
            < 3 => Pick(random, Coaching),
            < 5 => Pick(random, Commands),
            < 8 => Mixed(random, random.Next(1, 40)),
            9 when random.Next(4) == 0 => new string('x', random.Next(10_000, 60_000)),
            _ => Pick(random, Coaching) + Pick(random, Awkward) + Pick(random, Commands),
        };
    }

    /// <summary>A valid UTF-16 string (no lone surrogates) mixing ordinary words with awkward characters.</summary>
    public static string Mixed(Random random, int parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            _ = random.Next(4) switch
            {
                0 => builder.Append(Pick(random, Awkward)),
                1 => builder.Append(Pick(random, Commands)).Append(' '),
                2 => builder.Append(char.ConvertFromUtf32(CodePoint(random))),
                _ => builder.Append(Pick(random, Coaching).AsSpan(0, random.Next(1, 12))),
            };
        }

        return builder.ToString();
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static int CodePoint(Random random)
    {
        while (true)
        {
            var c = random.Next(5) switch
            {
                0 => random.Next(0, 0x80),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(0x800, 0x10000),
                3 => random.Next(0x10000, 0x110000),
                _ => random.Next(0xFFF0, 0x10000),
            };
            if (c is < 0xD800 or > 0xDFFF)
            {
                return c;
            }
        }
    }
}
