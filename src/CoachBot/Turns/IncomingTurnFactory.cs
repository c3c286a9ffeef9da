using System.Text.Json;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Teams;

namespace CoachBot.Turns;

/// <summary>Translates an Activity into the dialogs' channel-neutral turn: who, where, what.</summary>
internal static class IncomingTurnFactory
{
    public static IncomingTurn Create(InboundActivity inbound, string? text, JsonElement? value, IReadOnlyCollection<string> roles) =>
        new(inbound.ConversationId, inbound.SenderId)
        {
            UserName = inbound.Sender.Name,
            AadObjectId = inbound.Sender.AadObjectId,
            TenantId = inbound.Activity.GetTenantId(),
            ConversationType = ConversationTypeOf(inbound.Conversation),
            Locale = inbound.Activity.Locale ?? inbound.Activity.GetClientInfoLocale(),
            Text = text,
            Value = value,
            Roles = roles,
        };

    // Teams names the type; a client that does not but says the conversation is a group is a group (what is private
    // to a 1:1 chat, such as a rep's notes, must not show there); with neither, a 1:1 chat (the emulator, the chat page).
    private static string ConversationTypeOf(ConversationAccount conversation) =>
        conversation.ConversationType ?? (conversation.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal);

    /// <summary>
    /// The data of a card action, whether it came as Action.Submit (the message value is the data) or Action.Execute
    /// (an invoke whose value is <c>{"action":{"data":…}}</c>). A submit's own data may hold an "action" field of
    /// any type, so only an object counts as Action.Execute's.
    /// </summary>
    public static JsonElement? CardData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        return CardValue.ObjectField(value, "action") is { } action ? CardValue.Field(action, "data") : value;
    }
}
