using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>What one advice card is made of: the evaluation, how its parts are named, and what the situation adds (figures, buttons, a form).</summary>
internal sealed record AdviceView(string Intent, EvaluationResult Result, AdviceLayout Layout)
{
    /// <summary>The headline when a missing fact would change the situation ("… If the guest wants compensation: accusatory complaint."), else null.</summary>
    public string? Headline { get; init; }

    /// <summary>
    /// How a Vietnamese staffer addresses this guest when the message said ("anh", "chị"); the playbooks say
    /// "quý khách", which fits any guest. Null when not said.
    /// </summary>
    public string? GuestAddress { get; init; }

    /// <summary>The advice's number in the conversation, carried by its buttons.</summary>
    public int Sequence { get; init; }

    /// <summary>The staged plan's lines; when present they are the Do next steps of the first screen.</summary>
    public IReadOnlyList<string> FigureSteps { get; init; } = [];

    /// <summary>Every figure (authority, given, asked, the plan), behind More.</summary>
    public ReplySection? Figures { get; init; }

    /// <summary>Buttons that sharpen the advice (other situations, a fact still open).</summary>
    public IReadOnlyList<Choice> Refinements { get; init; } = [];

    /// <summary>Buttons the situation adds (e.g. "After the call").</summary>
    public IReadOnlyList<Choice> ExtraButtons { get; init; } = [];

    /// <summary>Input fields behind their own button (the discount's figures).</summary>
    public ReplyForm? Form { get; init; }

    /// <summary>Whether the card replaces the one whose refinement was pressed.</summary>
    public bool Refresh { get; init; }
}
