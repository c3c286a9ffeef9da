using CoachBot.Dialogs;

namespace CoachBot.Coaching.Training;

/// <summary>
/// One binary, visible check of a trainee's answer, shared by the scenarios that grade it: its label (what the trainee
/// is told was checked), the inventory ids it comes from, whether its phrases must occur or must not, and the phrases
/// per language (en, vi, zh; traditional Chinese and Vietnamese without marks match through folding).
/// </summary>
/// <param name="Id">The id scenarios name it by.</param>
/// <param name="Label">What the trainee is told was checked.</param>
/// <param name="Sources">The knowledge-inventory ids the check comes from.</param>
/// <param name="Expect">Whether a phrase must occur un-negated, or must not.</param>
/// <param name="Phrases">Per language (en, vi, zh), the phrases looked for, as written in the checks file.</param>
/// <param name="Question">The phrase only counts inside a sentence that ends with a question mark (an open question asked, not a question word said).</param>
public sealed record RolePlayCheck(
    string Id,
    LocalizedText Label,
    IReadOnlyList<string> Sources,
    CheckExpectation Expect,
    bool Question,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases);
