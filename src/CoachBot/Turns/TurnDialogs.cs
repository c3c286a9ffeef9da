using CoachBot.Coaching.Content;
using CoachBot.Dialogs;

namespace CoachBot.Turns;

/// <summary>One content set and the runner built over it, taken together at the start of a turn and kept to its end.</summary>
internal sealed record TurnDialogs(ContentSet Content, DialogRunner Runner);
