namespace CoachBot.Coaching.Recognition;

/// <summary>What <see cref="Recogniser.ReadLanguage"/> reads of a message before its dialogs run.</summary>
/// <param name="Language">"en", "vi" or "zh".</param>
/// <param name="Script">"hant" for traditional Chinese characters, "hans" for simplified, else "latin".</param>
/// <param name="KnowsAWord">Whether any word of the lexicon's situations is in it.</param>
public sealed record LanguageReading(string Language, string Script, bool KnowsAWord);
