using System.Globalization;
using System.Text;

namespace CoachBot.Dashboard;

/// <summary>
/// Each view of the report as CSV (RFC 4180: comma separated, CRLF, quotes doubled), UTF-8 with a byte order mark so a
/// spreadsheet shows Vietnamese and Chinese names. A text cell starting with = + - @, a tab or a carriage return is
/// prefixed with ' so a spreadsheet never runs a name as a formula (OWASP's list).
/// </summary>
internal static class DashboardCsv
{
    public static IReadOnlyList<string> Views { get; } = ["people", "topics", "weak-spots", "progress", "quizzes"];

    /// <summary>The CSV of <paramref name="view"/>, or null when there is no such view.</summary>
    public static string? Write(DashboardReport report, string view)
    {
        ArgumentNullException.ThrowIfNull(report);
        return view switch
        {
            "people" => Table(
                ["user_id", "name", "answers", "right", "right_percent", "channel_quiz_points", "role_plays", "role_plays_passed", "last_active_utc"],
                report.People.Select(p => Cells(p.UserId, p.Name, p.Answers, p.Right, p.Share, p.Points, p.RolePlays, p.RolePlaysPassed, p.LastActive))),
            "topics" => Table(["topic", "name", "answers", "right", "right_percent"], report.Topics.Select(t => Cells(t.Topic, t.Name, t.Answers, t.Right, t.Share))),
            "weak-spots" => Table(
                ["inventory_id", "name", "answers", "missed", "missed_percent"], report.WeakSpots.Select(w => Cells(w.Source, w.Name, w.Answers, w.Missed, w.MissShare))),
            "progress" => Table(["day_utc", "answers", "right", "right_percent"], report.Progress.Select(d => Cells(d.Day, d.Answers, d.Right, d.Share))),
            "quizzes" => Table(
                ["quiz_id", "team_id", "topic", "started_utc", "trainer", "question", "question_id", "prompt", "answers", "right", "right_percent", "not_answered"],
                report.Quizzes.Select(q => Cells(
                    q.QuizId, q.Team, q.Topic, q.StartedAt, q.Trainer, q.Number, q.QuestionId, q.Prompt, q.Answers, q.Right, q.Share, string.Join("; ", q.NotAnswered)))),
            _ => null,
        };
    }

    private static object?[] Cells(params object?[] cells) => cells;

    private static string Table(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<object?> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) && value is string)
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
