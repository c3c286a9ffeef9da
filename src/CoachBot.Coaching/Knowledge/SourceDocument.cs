using CoachBot.Dialogs;

namespace CoachBot.Coaching.Knowledge;

/// <summary>One of the customer's training documents: its file, original language and a short title.</summary>
public sealed record SourceDocument(string Id, string File, string Language, LocalizedText Title);
