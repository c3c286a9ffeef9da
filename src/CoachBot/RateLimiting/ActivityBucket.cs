namespace CoachBot.RateLimiting;

/// <summary>Which of a user's two allowances an activity spends.</summary>
internal enum ActivityBucket
{
    /// <summary>A message with text: what a person types.</summary>
    Messages,

    /// <summary>A card submit (a message with a value and no text), an invoke, or any other activity type.</summary>
    Interactions,
}
