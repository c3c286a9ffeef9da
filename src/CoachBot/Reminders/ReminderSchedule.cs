using CoachBot.Coaching.Content;
using CoachBot.Turns;

namespace CoachBot.Reminders;

/// <summary>
/// When to look next at a trainee's due reviews: within the working hours, in the property's time zone, of a day on which
/// no reminder went out yet; otherwise at the start of the next day's hours.
/// </summary>
internal static class ReminderSchedule
{
    /// <summary>The first moment from <paramref name="from"/> within the hours of a day with no reminder yet.</summary>
    /// <param name="from">The earliest moment wanted.</param>
    /// <param name="zone">The property's time zone.</param>
    /// <param name="hours">The working hours, local.</param>
    /// <param name="lastSent">The local date of the last reminder, or null.</param>
    public static DateTimeOffset Next(DateTimeOffset from, TimeZoneInfo zone, (TimeOnly Start, TimeOnly End) hours, DateOnly? lastSent)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(from, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (lastSent != day && time < hours.End)
        {
            return time < hours.Start ? At(day, hours.Start, zone) : from;
        }

        return At(day.AddDays(1), hours.Start, zone);
    }

    /// <summary>
    /// The time zone of the trainee's property (<c>Coaching:Properties</c>): a 1:1 chat has no team, so the trainee's
    /// own entry or their tenant's decides, else the default property's.
    /// </summary>
    public static TimeZoneInfo ZoneOf(ContentSet content, ConversationReference? chat) =>
        content.PolicyFor(chat?.User?.AadObjectId, teamId: null, chat?.TenantId).TimeZone;

    /// <summary>Whether <paramref name="at"/> falls within the working hours, local.</summary>
    public static bool InHours(DateTimeOffset at, TimeZoneInfo zone, (TimeOnly Start, TimeOnly End) hours)
    {
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return time >= hours.Start && time < hours.End;
    }

    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
