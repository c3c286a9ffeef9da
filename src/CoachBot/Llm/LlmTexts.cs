using CoachBot.Dialogs;

namespace CoachBot.Llm;

/// <summary>The words of the LLM switch (texts.yaml, <c>llm.*</c>).</summary>
internal static class LlmTexts
{
    /// <summary>"Plain": the user gets the rules' own words from now on.</summary>
    public static CommandId Plain { get; } = new("llm.plain");

    /// <summary>"AI wording": the LLM may rephrase again.</summary>
    public static CommandId AiWording { get; } = new("llm.ai-wording");

    public static TextId PlainOn { get; } = new("llm.plain-on");

    public static TextId PlainOff { get; } = new("llm.plain-off");

    public static TextId None { get; } = new("llm.none");
}
