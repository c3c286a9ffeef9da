namespace CoachBot.Coaching.Conversations;

/// <summary>An amount typed in answer to a question: money in the property's currency, or a percentage.</summary>
internal sealed record AmountAnswer(decimal Value, bool IsPercent);
