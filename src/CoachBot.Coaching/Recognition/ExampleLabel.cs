namespace CoachBot.Coaching.Recognition;

/// <summary>
/// What a labelled example stands for: its intent and the topic facts that go with it (an objection's type, a
/// manager question's topic, a trap). Emotions are not here: how angry a guest is comes from the words, never from a
/// neighbour.
/// </summary>
internal sealed record ExampleLabel(string Name, string Intent, IReadOnlyList<KeyValuePair<string, string>> Facts)
{
    public bool Sets(string fact) => Facts.Any(f => f.Key == fact);
}
