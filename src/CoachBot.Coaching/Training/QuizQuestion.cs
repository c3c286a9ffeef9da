using CoachBot.Dialogs;

namespace CoachBot.Coaching.Training;

/// <summary>What a quiz question asks of the trainee.</summary>
public enum QuizKind
{
    /// <summary>Pick the right statement.</summary>
    Choice,

    /// <summary>Pick what to say next to the guest or prospect.</summary>
    SayNext,

    /// <summary>Pick the move the documents warn against.</summary>
    Trap,

    /// <summary>Put every option in the right order.</summary>
    Order,
}

/// <summary>One answer a question offers, with the letter it is known by.</summary>
public sealed record QuizOption(string Id, LocalizedText Text);

/// <summary>
/// A scenario question from the training documents: its topic, the inventory ids it is built from, the options, the
/// answer (one option, or every option in order) and why that is the answer, with the rule behind it.
/// </summary>
public sealed record QuizQuestion(
    string Id,
    string Topic,
    QuizKind Kind,
    IReadOnlyList<string> Sources,
    LocalizedText Prompt,
    IReadOnlyList<QuizOption> Options,
    IReadOnlyList<string> Answer,
    LocalizedText Why)
{
    /// <summary>Whether <paramref name="given"/> (option ids; in order for an order question) is the answer.</summary>
    public bool IsRight(IReadOnlyList<string> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        return given.SequenceEqual(Answer, StringComparer.Ordinal);
    }
}
