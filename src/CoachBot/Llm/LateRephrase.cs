using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;

namespace CoachBot.Llm;

/// <summary>
/// What replacing a message in place needs once its late rephrase arrives: the parts that were sent for rephrasing,
/// and the message rendered at the turn exactly as a rephrased one would be (the "AI generated" label included) with
/// markers where the rephrased headline and line go. Filling the markers changes those two texts and nothing else.
/// </summary>
/// <param name="Parts">The rules' headline and line, and what they rest on.</param>
/// <param name="Template">The message with <see cref="HeadlineMarker"/> and <see cref="SayNowMarker"/> in place of the rephrase.</param>
/// <param name="Roster">The roster's names the turn's phrasing kept: the late call must ask exactly as the turn did.</param>
public sealed record LateRephrase(ReplyPhrasing Parts, Activity Template, IReadOnlyList<string> Roster)
{
    /// <summary>Private-use characters: no rules' text or rephrase that passed the guard contains them.</summary>
    public const string HeadlineMarker = "\uE000headline\uE000";

    public const string SayNowMarker = "\uE000say-now\uE000";
}
