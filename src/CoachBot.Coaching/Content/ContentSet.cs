using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Content;

/// <summary>
/// One consistent set of coaching content, loaded and validated together: the playbooks' rules, the recogniser's
/// lexicon, the hotel policy (roster, authority, seasons) and the interface texts. Immutable; a reload makes a new
/// set, so a turn that took one set reads only that set to its end.
/// </summary>
public sealed record ContentSet(KnowledgeBase Knowledge, Recogniser Recogniser, HotelPolicy Policy, TextCatalog Texts)
{
    /// <summary>The trainers' quiz questions; empty when the playbooks have none.</summary>
    public QuizBank Quiz { get; init; } = QuizBank.Empty;

    /// <summary>The trainers' role plays, graded with this set's recogniser folding; empty when the playbooks have none.</summary>
    public RolePlayBook RolePlays { get; init; } = RolePlayBook.Empty;
}
