namespace CoachBot.Evaluation;

/// <summary>What the bot sent in answer to a first message, as a user sees it.</summary>
/// <param name="Messages">The message activities of the turn.</param>
/// <param name="SayNowLanguage">The language of the first Say-now line on a first screen, or null when there is none.</param>
/// <param name="CitedIds">The inventory ids of every citation entity, in order.</param>
/// <param name="Languages">The language each message reads in (<see cref="ReplyLanguage.Detect"/>).</param>
/// <param name="HasButtons">Whether any message offers buttons or suggested actions.</param>
/// <param name="FirstLine">The first line of the first message, for the failure list.</param>
/// <param name="AllText">Every text of every message, behind More too: where the figure invariants are checked.</param>
public sealed record FirstReply(
    int Messages,
    string? SayNowLanguage,
    IReadOnlyList<string> CitedIds,
    IReadOnlyList<string> Languages,
    bool HasButtons,
    string FirstLine,
    string AllText = "")
{
    public bool HasSayNow => SayNowLanguage is not null;

    /// <summary>The reply's language: the Say-now line's, else the first message's ("none" when nothing came back).</summary>
    public string Language => SayNowLanguage ?? (Languages.Count > 0 ? Languages[0] : "none");
}
