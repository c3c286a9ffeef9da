using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The words of trainer role-plays: the case, the other side's lines, each answer's checks and the score.</summary>
internal static class RolePlayTexts
{
    // {0}: the case's title.
    public static TextId Title { get; } = new("roleplay.title");

    public static TextId Guest { get; } = new("roleplay.guest");

    public static TextId Prospect { get; } = new("roleplay.prospect");

    // {0}: who speaks (guest or prospect), {1}: what they say.
    public static TextId Says { get; } = new("roleplay.says");

    public static TextId Hint { get; } = new("roleplay.hint");

    // {0}: the answer's place, {1}: how many answers, {2}: checks passed, {3}: checks graded.
    public static TextId AnswerTitle { get; } = new("roleplay.answer-title");

    // {0}: the check's label, {1}: its inventory ids.
    public static TextId CheckPassed { get; } = new("roleplay.check-passed");

    // {0}: the check's label, {1}: its inventory ids.
    public static TextId CheckFailed { get; } = new("roleplay.check-failed");

    // {0}: the line of a failed check, {1}: the phrase it rests on, as the checks file writes it.
    public static TextId Because { get; } = new("roleplay.because");

    // {0}: the line of a failed check, {1}: the phrase found only after a negation ("won't apologise").
    public static TextId Negated { get; } = new("roleplay.negated");

    public static TextId MissedHeading { get; } = new("roleplay.missed-heading");

    // {0}: checks passed, {1}: checks graded, {2}: per cent.
    public static TextId DoneTitle { get; } = new("roleplay.done-title");

    // {0}: the pass mark in per cent.
    public static TextId Passed { get; } = new("roleplay.passed");

    // {0}: the pass mark in per cent.
    public static TextId NotPassed { get; } = new("roleplay.not-passed");

    public static TextId ModelAnswers { get; } = new("roleplay.model-answers");

    // {0}: the answer's place.
    public static TextId ModelHeading { get; } = new("roleplay.model-heading");

    public static TextId TryAgainButton { get; } = new("roleplay.try-again-button");

    public static TextId OtherCasesButton { get; } = new("roleplay.other-cases-button");

    public static TextId Pick { get; } = new("roleplay.pick");

    public static TextId PersonalOnly { get; } = new("roleplay.personal-only");

    public static TextId Over { get; } = new("roleplay.over");
}
