using CoachBot.Dialogs;

namespace CoachBot.Coaching.Training;

/// <summary>
/// A trainer role play built on one case of the training documents: who the bot plays, what the trainee reads first,
/// the phrases that name it ("practise the lost bag", "luyện túi bị mất", "练习丢包"), and its turns in order.
/// </summary>
/// <param name="Id">The id a conversation's state keeps.</param>
/// <param name="Title">The scenario's name, shown to the trainee.</param>
/// <param name="Role">Whom the bot plays.</param>
/// <param name="Sources">The knowledge-inventory ids the case comes from.</param>
/// <param name="Setup">What the trainee reads before the first line.</param>
/// <param name="Turns">The exchanges, in order.</param>
/// <param name="Triggers">Per language (en, vi, zh), the phrases that name this scenario.</param>
public sealed record RolePlayScenario(
    string Id,
    LocalizedText Title,
    RolePlayRole Role,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Triggers,
    LocalizedText Setup,
    IReadOnlyList<RolePlayTurn> Turns)
{
    /// <summary>How many checks the whole role play grades (a check graded in two turns counts twice).</summary>
    public int CheckCount => Turns.Sum(t => t.Checks.Count);
}
