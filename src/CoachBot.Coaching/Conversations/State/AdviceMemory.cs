namespace CoachBot.Coaching.Conversations;

/// <summary>
/// What the last advice card was built from, so a refinement button or figures typed afterwards update it without
/// asking again: its number in the conversation (a button from an older card carries an older number), the
/// situation, the facts known (never the user's words), the discount figures, the facts the user chose to leave
/// open ("not sure"), the other situations the message might have meant, and the refinement the card offers.
/// </summary>
public sealed record AdviceMemory(
    int Sequence,
    string Intent,
    FactSnapshot Facts,
    DiscountTerms Discount,
    IReadOnlyList<string> Settled,
    IReadOnlyList<string> Alternatives)
{
    /// <summary>The fact the card's refinement buttons ask for, so a typed "yes" answers it; null when none is open.</summary>
    public string? Open { get; init; }

    /// <summary>True when nothing in the message was recognised and the situation is the likeliest for the user's role.</summary>
    public bool Guessed { get; init; }
}
