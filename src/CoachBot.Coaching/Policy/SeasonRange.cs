namespace CoachBot.Coaching.Policy;

/// <summary>A named range of the year (month-day to month-day, both included, repeating yearly; may run over the new year).</summary>
public sealed record SeasonRange(string Name, int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    /// <summary>Whether <paramref name="date"/> falls in the range.</summary>
    public bool Contains(DateOnly date)
    {
        var day = (date.Month * 100) + date.Day;
        var from = (FromMonth * 100) + FromDay;
        var to = (ToMonth * 100) + ToDay;
        return from <= to ? day >= from && day <= to : day >= from || day <= to;
    }
}
