namespace CoachBot.Evaluation;

/// <summary>
/// What a first reply was about, read from what the user sees: the domain of the inventory id it cites first
/// (the knowledge inventory's sections), or what kind of non-advice it was. The columns of the confusion matrix;
/// its rows are the cases' intent families.
/// </summary>
public static class FirstReplyFamilies
{
    public static readonly IReadOnlyList<string> Columns =
        ["complaint", "discount", "sales", "lost_account", "manager", "advice, uncited", "question or menu", "text only", "nothing"];

    public static string OfReply(FirstReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Messages == 0)
        {
            return "nothing";
        }

        if (reply.HasSayNow)
        {
            return reply.CitedIds.Count == 0 ? "advice, uncited" : OfId(reply.CitedIds[0]);
        }

        return reply.HasButtons ? "question or menu" : "text only";
    }

    /// <summary>The domain of an inventory id: complaints H-12…H-17, the discount case H-18, the lost-account case
    /// H-10, management H-01…H-09, H-11, M-*, P-02, P-12, P-13, and selling (The Wedge, AIDAA, product marketing) the rest.</summary>
    public static string OfId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id switch
        {
            "H-12" or "H-13" or "H-14" or "H-15" or "H-16" or "H-17" => "complaint",
            "H-18" => "discount",
            "H-10" => "lost_account",
            "P-02" or "P-12" or "P-13" => "manager",
            _ when id.StartsWith("H-", StringComparison.Ordinal) || id.StartsWith("M-", StringComparison.Ordinal) => "manager",
            _ => "sales",
        };
    }
}
