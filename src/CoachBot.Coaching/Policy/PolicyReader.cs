using System.Globalization;
using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;
using Newtonsoft.Json.Linq;

namespace CoachBot.Coaching.Policy;

/// <summary>Turns a schema-valid policy document into a <see cref="HotelPolicy"/>, reporting what the schema cannot check.</summary>
internal sealed class PolicyReader
{
    private readonly YamlJsonDocument _document;
    private readonly List<PolicyError> _errors;

    private PolicyReader(YamlJsonDocument document, List<PolicyError> errors)
    {
        _document = document;
        _errors = errors;
    }

    public static HotelPolicy? Read(YamlJsonDocument document, List<PolicyError> errors) => new PolicyReader(document, errors).Read();

    private HotelPolicy? Read()
    {
        var root = (JObject)_document.Root;
        var property = (JObject)root["property"]!;
        var currency = ReadCurrency((JObject)root["currency"]!);
        var timeZone = ReadTimeZone(root["time_zone"]!);
        var seasons = ((JArray)root["seasons"]!["peak"]!).Select(ReadSeason).OfType<SeasonRange>().ToList();
        var authority = ((JObject)root["authority"]!).Properties()
            .Select(p => ReadAuthority(p, currency))
            .ToDictionary(a => a.Role);
        var compensation = ReadCompensation((JArray)root["compensation"]!);
        var escalation = (JObject)root["escalation"]!;
        var roster = ((JArray)escalation["roster"]!).Select(ReadRosterEntry).ToList();
        if (!roster.Exists(r => r.Role == StaffRole.DutyManager))
        {
            Error(escalation["roster"], "the roster needs at least one duty_manager to escalate to");
        }

        return timeZone is null
            ? null
            : new HotelPolicy(
                (string)property["id"]!,
                (string)property["name"]!,
                currency,
                timeZone,
                seasons,
                authority,
                compensation,
                roster,
                (int)escalation["reminder_minutes"]!,
                (int)root["call_notes"]!["retention_days"]!);
    }

    private CurrencyPolicy ReadCurrency(JObject node)
    {
        var decimals = (int)node["decimals"]!;
        var step = (decimal)node["rounding_step"]!;
        var smallest = 1m / (decimal)Math.Pow(10, decimals);
        if (step % smallest != 0)
        {
            Error(node["rounding_step"], $"rounding_step {Show(step)} cannot be shown with {decimals} decimal(s)");
        }

        return new CurrencyPolicy((string)node["code"]!, (string)node["symbol"]!, decimals, step);
    }

    private TimeZoneInfo? ReadTimeZone(JToken node)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById((string)node!, out var zone))
        {
            return zone;
        }

        Error(node, $"unknown time zone '{(string?)node}' (use an IANA id such as Asia/Ho_Chi_Minh)");
        return null;
    }

    private SeasonRange? ReadSeason(JToken node)
    {
        var from = ReadMonthDay(node["from"]!);
        var to = ReadMonthDay(node["to"]!);
        return from is { } f && to is { } t ? new SeasonRange((string)node["name"]!, f.Month, f.Day, t.Month, t.Day) : null;
    }

    private (int Month, int Day)? ReadMonthDay(JToken node)
    {
        var text = (string)node!;
        var month = int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(2024, month))
        {
            Error(node, $"'{text}' is not a day of the year");
            return null;
        }

        return (month, day);
    }

    private RoleAuthority ReadAuthority(JProperty property, CurrencyPolicy currency)
    {
        var role = StaffRoles.Parse(property.Name);
        var amount = (decimal)property.Value["max_amount_per_night"]!;
        if (amount % currency.RoundingStep != 0)
        {
            Error(property.Value["max_amount_per_night"], $"max_amount_per_night {Show(amount)} is not a multiple of the rounding step {Show(currency.RoundingStep)}");
        }

        return new RoleAuthority(role, (decimal)property.Value["max_discount_percent"]!, amount);
    }

    private List<CompensationRule> ReadCompensation(JArray nodes)
    {
        var rules = new List<CompensationRule>();
        foreach (var node in nodes)
        {
            var id = (string)node["id"]!;
            if (rules.Exists(r => r.Id == id))
            {
                Error(node["id"], $"compensation id '{id}' is used twice");
            }

            var gesture = node["gesture"]!;
            var text = new LocalizedText((string)gesture["en"]!, (string)gesture["vi"]!, (string)gesture["zh"]!, (string)gesture["zh-Hant"]!);
            var roles = node["roles"]!.Select(r => StaffRoles.Parse((string?)r)).ToList();
            rules.Add(new CompensationRule(id, text, roles, (decimal?)node["max_value"]));
        }

        return rules;
    }

    private RosterEntry ReadRosterEntry(JToken node)
    {
        var role = StaffRoles.Parse((string?)node["role"]);
        var onDuty = node["on_duty"]!;
        var from = TimeOnly.ParseExact((string)onDuty["from"]!, "HH:mm", CultureInfo.InvariantCulture);
        var to = TimeOnly.ParseExact((string)onDuty["to"]!, "HH:mm", CultureInfo.InvariantCulture);
        return new RosterEntry((string)node["name"]!, role, from, to);
    }

    private void Error(JToken? token, string message) =>
        _errors.Add(new PolicyError(_document.File, _document.LineOf(token), $"{token?.Path ?? "document"}: {message}"));

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
