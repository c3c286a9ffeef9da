using System.Text.RegularExpressions;
using CoachBot.Tests.Llm;
using CoachBot.Tests.Support;

namespace CoachBot.Tests.Coaching.Support;

/// <summary>
/// The coaching transcripts run again with an LLM (<c>test.sh</c> does, after the plain run): with
/// <c>COACHBOT_TRANSCRIPT_LLM=alter</c> the fake Azure OpenAI resource answers every rephrase and every role-play line
/// with one that changes a fact (a figure, a new number, a promise in the line or the headline, another language), and every snapshot must still
/// match word for word: not one altered answer reaches a user, and none is labelled. With <c>echo</c> it answers with the
/// rules' own words, which the guard accepts: the snapshots match once the "AI generated" lines are set aside, and every
/// advice card sent as a new message carries that label. Unset, the transcripts run without an LLM, as shipped.
/// </summary>
internal static partial class TranscriptLlm
{
    public const string Variable = "COACHBOT_TRANSCRIPT_LLM";
    public const string AiLabel = "(AI generated)";

    public static string? Mode { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } mode ? mode : null;

    /// <summary>Points <paramref name="host"/> at a fake resource answering as the mode says; null without a mode.</summary>
    public static FakeAzureOpenAi? Attach(BotHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (Mode is null)
        {
            return null;
        }

        var fake = FakeAzureOpenAi.StartAsync().GetAwaiter().GetResult();
        fake.Responder = Mode switch
        {
            "alter" => Alter,
            "echo" => Echo,
            _ => throw new InvalidOperationException($"{Variable} is 'alter' or 'echo', not '{Mode}'."),
        };
        fake.Serve(host);
        return fake;
    }

    /// <summary>The snapshot's text from a transcript: in echo mode the label lines set aside, after checking them.</summary>
    public static string Comparable(string transcript)
    {
        if (Mode != "echo")
        {
            return transcript;
        }

        // Each message the bot sends anew (not a card refreshed in place, ↻) with a line to say was worded by AI.
        foreach (var message in Messages().Split(transcript).Where(m => m.StartsWith("BOT   ", StringComparison.Ordinal) && SayNow().IsMatch(m)))
        {
            Assert.True(message.Contains(AiLabel, StringComparison.Ordinal), $"An advice card without the AI label:\n{message}");
        }

        return string.Join('\n', transcript.Split('\n').Where(l => l.Trim() != AiLabel));
    }

    /// <summary>The rules' own words back: what a good rephrase keeps, and the guard lets through.</summary>
    private static string Echo(string system, string user) =>
        ScriptLine(system) is { } line ? line : user;

    /// <summary>One change of a fact, picked by the text so every kind is used across the transcripts.</summary>
    private static string Alter(string system, string user)
    {
        var voiced = ScriptLine(system);
        var text = voiced ?? user;
        var chinese = Han().IsMatch(text);
        var vietnamese = !chinese && Vietnamese().IsMatch(text);
        var altered = (text.Length % 5) switch
        {
            4 when voiced is null => text.Replace("HEADLINE: ", chinese ? "HEADLINE: 免费升级：" : vietnamese ? "HEADLINE: Nâng hạng miễn phí: " : "HEADLINE: Free upgrade: ", StringComparison.Ordinal),
            0 => Digit().IsMatch(text) ? Digit().Replace(text, m => ((m.Value[0] - '0' + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture), 1) : text.TrimEnd() + " 50%",
            1 => text.TrimEnd() + (chinese ? " 我们免费给您升级。" : vietnamese ? " Chúng tôi sẽ hoàn tiền miễn phí." : " We will refund you in full."),
            2 => chinese || vietnamese ? "HEADLINE: We are sorry\nSAY: We are very sorry, we will fix it right away." : "HEADLINE: 非常抱歉\nSAY: 非常抱歉，我们马上处理。",
            _ => text.TrimEnd() + (chinese ? " 请到512房间。" : vietnamese ? " Mời quý khách lên phòng 512." : " Please go to room 512."),
        };
        return voiced is null ? altered : altered.Replace("HEADLINE: ", string.Empty, StringComparison.Ordinal).Replace("SAY: ", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
    }

    /// <summary>The script's line in a role-play voice prompt, or null for a rephrase prompt.</summary>
    private static string? ScriptLine(string system) =>
        ScriptLinePattern().Match(system) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"The script says your next line is: (.*)")]
    private static partial Regex ScriptLinePattern();

    [GeneratedRegex(@"(?=^BOT )", RegexOptions.Multiline)]
    private static partial Regex Messages();

    [GeneratedRegex(@"^BOT {3}# .*\n {6}(Say now:|Nói ngay:|现在就说：|現在就說：)")]
    private static partial Regex SayNow();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();
}
