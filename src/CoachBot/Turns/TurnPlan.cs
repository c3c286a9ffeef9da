using CoachBot.Dialogs;
using CoachBot.Llm;
using CoachBot.Protocol.Schema;
using CoachBot.State;

namespace CoachBot.Turns;

/// <summary>What handling one activity decided, before anything is written or sent.</summary>
internal sealed record TurnPlan
{
    public static TurnPlan Ignore { get; } = new();

    /// <summary>Who handled the turn (the duty desk, a channel quiz, the dialogs …), for the turn metrics; null: its activity type.</summary>
    public string? Route { get; init; }

    /// <summary>The message activities to send back.</summary>
    public IReadOnlyList<Activity> Replies { get; init; } = [];

    /// <summary>
    /// Replies (by reference, among <see cref="Replies"/>) sent in the rules' words because the LLM was late, with what
    /// to rephrase: the sent message is replaced in place when the rephrase arrives (<c>Llm:ReplaceInPlace</c>).
    /// </summary>
    public IReadOnlyDictionary<Activity, LateRephrase> RephraseLater { get; init; } = new Dictionary<Activity, LateRephrase>();

    public IReadOnlyList<SideEffect> Effects { get; init; } = [];

    /// <summary>The dialog state to save, with the ETag it was read with.</summary>
    public (StateKey Key, string Json, string? ETag)? State { get; init; }

    public ConversationRecord? Conversation { get; init; }

    /// <summary>For invokes: the response that becomes the HTTP answer.</summary>
    public InvokeResponse? Invoke { get; init; }

    /// <summary>The conversation's stored data must be deleted (the bot was removed or uninstalled).</summary>
    public bool ForgetConversation { get; init; }

    /// <summary>Nothing to commit: the activity is acknowledged and ignored.</summary>
    public bool IsIgnored => ReferenceEquals(this, Ignore);
}
