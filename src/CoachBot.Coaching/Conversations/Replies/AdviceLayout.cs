using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>How an advice card names its parts: complaint-style (say / never say / do next) or Wedge-style (questions / traps / plan).</summary>
internal sealed record AdviceLayout(TextId SayHeading, TextId AvoidHeading, TextId StepsHeading, TextId FirstLine)
{
    public static AdviceLayout Default { get; } = new(CoachTexts.SayHeading, CoachTexts.AvoidHeading, CoachTexts.StepsHeading, CoachTexts.SayNow);

    public static AdviceLayout Wedge { get; } = new(CoachTexts.QuestionsHeading, CoachTexts.TrapsHeading, CoachTexts.PlanHeading, CoachTexts.AskNow);
}
