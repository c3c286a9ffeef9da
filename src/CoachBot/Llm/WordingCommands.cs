using CoachBot.Coaching.Phrasing;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;
using CoachBot.State;
using CoachBot.Turns;

namespace CoachBot.Llm;

/// <summary>
/// "Plain" and "AI wording", before the dialogs: a user's own switch between the rules' words and the LLM's rephrasing
/// of them, kept as their record ("forget my data" deletes it). Where there is no LLM, both say so.
/// </summary>
internal sealed class WordingCommands(IStateStore store, IServiceProvider services)
{
    private readonly bool _llm = services.GetService<LlmPhraser>() is not null;

    public async Task<TurnPlan?> TryHandleAsync(
        Activity activity, IncomingTurn turn, CommandMatch? command, TextCatalog texts, ConversationRecord reference, CancellationToken cancellationToken)
    {
        if (command is not { } match || (match.Command != LlmTexts.Plain && match.Command != LlmTexts.AiWording))
        {
            return null;
        }

        var plain = match.Command == LlmTexts.Plain;
        if (_llm)
        {
            await store.SetUserRecordAsync(turn.UserId, UserRecordKeys.PlainWording(turn.UserId), plain ? "true" : "false", expiresAt: null, cancellationToken).ConfigureAwait(false);
        }

        var said = !_llm ? LlmTexts.None : plain ? LlmTexts.PlainOn : LlmTexts.PlainOff;
        return new TurnPlan { Replies = [activity.CreateReply(texts.For(said, match.Language))], Conversation = reference };
    }

    /// <summary>Whether the user asked for the rules' own words.</summary>
    public async Task<bool> WantsPlainAsync(string userId, CancellationToken cancellationToken) =>
        await store.GetRecordAsync(UserRecordKeys.PlainWording(userId), cancellationToken).ConfigureAwait(false) == "true";
}
