namespace CoachBot.Dialogs;

/// <summary>The kinds of conversation a turn can come from.</summary>
public static class ConversationTypes
{
    /// <summary>A one-to-one chat with the bot.</summary>
    public const string Personal = "personal";

    /// <summary>A group chat the bot was added to.</summary>
    public const string GroupChat = "groupChat";

    /// <summary>A team channel.</summary>
    public const string Channel = "channel";
}
