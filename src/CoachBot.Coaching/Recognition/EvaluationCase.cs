using System.Text.Json;

namespace CoachBot.Coaching.Recognition;

/// <summary>
/// One line of an evaluation set (JSON Lines): a message as staff would type it, its language and script,
/// the expected intent, the key facts expected (a null value: the fact must be absent), and the inventory id
/// that the advice for it must cite (null for greetings, help, quizzes and emergencies).
/// <see cref="TuningOnly"/> marks a case written after tuning began, from a phrasing the recogniser was seen
/// to miss: it was chosen knowing the answer, so it can never be held out and stays out of the split.
/// </summary>
public sealed record EvaluationCase(
    string Text,
    string Language,
    string Script,
    string Intent,
    IReadOnlyDictionary<string, JsonElement>? Facts,
    string? ExpectedSource,
    bool TuningOnly = false);
