namespace CoachBot.Tests.Coaching.Support;

/// <summary>What a card shows once its "More" button is opened: the button's title and its sections.</summary>
public sealed record CardMore(string Title, IReadOnlyList<CardSection> Sections);
