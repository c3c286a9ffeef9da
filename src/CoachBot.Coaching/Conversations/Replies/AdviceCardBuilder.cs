using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Builds the advice card a staffer reads with a guest in front of them. The first screen has at most six slots, in
/// order: the headline, ONE Say-now line, up to three Do-next steps, the one Never-say that matters most; together at
/// most <see cref="FirstScreenBudget"/> characters. Everything else (other phrasings, every step and never-say, the
/// figures, when to escalate, the sources) is behind More. Buttons: refinements, the escalation, the situation's own,
/// Why?; feedback is the channel's thumbs up / down.
/// </summary>
internal static partial class AdviceCardBuilder
{
    /// <summary>The most characters the first screen's slots may hold together (buttons not counted).</summary>
    public const int FirstScreenBudget = 450;

    public const int MaxSteps = 3;

    // The host appends a citation marker ("[1]") per source to the Say-now line.
    private const int MarkerLength = 4;

    public static Reply Build(AdviceView view, TextCatalog texts, ReplyLanguage language, KnowledgeBase knowledge)
    {
        var advice = Address(view.Result.Advice.Localize(language.Code, language.PrefersTraditional), view.GuestAddress, language);
        var label = advice.ClassificationLabel ?? texts.For(AdviceTexts.Situation(view.Intent), language);
        var text = FirstLine(texts, advice, view.Layout, language);
        var never = advice.Avoid.Count > 0 ? texts.Format(AdviceTexts.NeverSay, language, advice.Avoid[0]) : null;
        var citations = CitationBuilder.Build(advice.Citations, knowledge.Sources, language);
        var (title, lines) = FirstScreen(texts, label, text, never, citations.Count, view, advice, language);
        if (view.Headline is not null && FirstScreen(texts, view.Headline, text, never, citations.Count, view, advice, language) is var guessed
            && guessed.Lines.Count == lines.Count)
        {
            // The best guess is worth a line of the headline, not one of the steps.
            (title, lines) = guessed;
        }

        var buttons = new List<Choice>(view.Refinements);
        if (advice.Escalation is { } escalation)
        {
            buttons.Add(escalation.To == EscalationTarget.Security
                ? AdviceButtons.CallSecurity(texts, language, view.Sequence)
                : AdviceButtons.CallManager(texts, language, view.Sequence));
        }

        buttons.AddRange(view.ExtraButtons);
        buttons.Add(AdviceButtons.Why(texts, language, view.Sequence));
        return new Reply(text)
        {
            Card = new ReplyCard(title, [])
            {
                Lines = lines,
                More = new ReplyMore(texts.For(AdviceTexts.MoreButton, language), MoreSections(texts, view, advice, language, knowledge)),
                Form = view.Form,
            },
            Choices = buttons,
            Citations = citations,
            FeedbackEnabled = true,
            RefreshesCard = view.Refresh,
            Phrasing = advice.Say.Count > 0 && text.Contains(advice.Say[0], StringComparison.Ordinal)
                ? new ReplyPhrasing(view.Layout == AdviceLayout.Wedge ? "sales" : "staff", language.Tag, title, advice.Say[0], [.. citations.Select(c => c.Id)])
                : null,
        };
    }

    private static (string Title, List<string> Lines) FirstScreen(
        TextCatalog texts, string title, string text, string? never, int citations, AdviceView view, LocalizedAdvice advice, ReplyLanguage language)
    {
        var steps = Distinct(view.FigureSteps.Count > 0 ? view.FigureSteps : advice.Steps, [title, text, advice.Steps.Count > 0 && advice.Say.Count == 0 ? advice.Steps[0] : string.Empty])
            .Take(MaxSteps).ToList();
        return (title, FitFirstScreen(texts, title.Length + text.Length + (citations * MarkerLength) + 1, steps, never, language));
    }

    // "Quý khách" fits any guest; when the message says "anh khách" or "chị ấy", the desk says "anh" or "chị".
    private static LocalizedAdvice Address(LocalizedAdvice advice, string? address, ReplyLanguage language)
    {
        if (address is null || language != ReplyLanguage.Vietnamese)
        {
            return advice;
        }

        var capital = char.ToUpperInvariant(address[0]) + address[1..];
        string Swap(string line) => line.Replace("Quý khách", capital, StringComparison.Ordinal).Replace("quý khách", address, StringComparison.Ordinal);

        // Said to "anh" or "chị", the staffer is "em" (the hotel stays "chúng tôi").
        string Spoken(string line) => StaffTôi().Replace(Swap(line), m => m.Value == "Tôi" ? "Em" : "em");
        return advice with { Say = [.. advice.Say.Select(Spoken)], Steps = [.. advice.Steps.Select(Swap)], Avoid = [.. advice.Avoid.Select(Swap)] };
    }

    private static string FirstLine(TextCatalog texts, LocalizedAdvice advice, AdviceLayout layout, ReplyLanguage language) =>
        advice.Say.Count > 0 ? texts.Format(layout.FirstLine, language, advice.Say[0])
        : advice.Steps.Count > 0 ? texts.Format(CoachTexts.DoNow, language, advice.Steps[0])
        : texts.For(CoachTexts.NoAdvice, language);

    // Drops steps from the end, then the never-say, until the slots fit the budget; what is dropped is still behind More.
    private static List<string> FitFirstScreen(TextCatalog texts, int used, List<string> steps, string? never, ReplyLanguage language)
    {
        while (true)
        {
            var lines = steps.Select((s, i) => texts.Format(AdviceTexts.Step, language, AdviceTexts.StepNumber(i + 1), s)).ToList();
            if (never is not null)
            {
                lines.Add(never);
            }

            if (used + lines.Sum(l => l.Length) <= FirstScreenBudget)
            {
                return lines;
            }

            if (steps.Count > 1)
            {
                steps = steps[..^1];
            }
            else if (never is not null)
            {
                never = null;
            }
            else
            {
                return lines;
            }
        }
    }

    private static List<ReplySection> MoreSections(TextCatalog texts, AdviceView view, LocalizedAdvice advice, ReplyLanguage language, KnowledgeBase knowledge)
    {
        var sections = new List<ReplySection>();
        Add(texts, sections, view.Layout.SayHeading, advice.Say, language);
        if (view.Figures is { } figures)
        {
            sections.Add(figures);
        }

        Add(texts, sections, view.Layout.StepsHeading, Distinct(advice.Steps, []).ToList(), language);
        Add(texts, sections, view.Layout.AvoidHeading, advice.Avoid, language);
        if (advice.Escalation is { } escalation)
        {
            var who = escalation.To == EscalationTarget.Security ? CoachTexts.Security : CoachTexts.DutyManager;
            var when = escalation.Urgency switch
            {
                EscalationUrgency.Immediate => CoachTexts.Immediately,
                EscalationUrgency.Soon => CoachTexts.Soon,
                _ => CoachTexts.Routine,
            };
            Add(texts, sections, CoachTexts.EscalateHeading, [texts.Format(CoachTexts.EscalateLine, language, escalation.Reason, texts.For(who, language), texts.For(when, language))], language);
        }

        var sources = advice.Citations
            .Select(id => knowledge.Sources.TryGet(id, out var entry)
                ? texts.Format(AdviceTexts.Source, language, id, entry.Document.Title.Get(language.Tag), entry.Name.For(language))
                : id)
            .ToList();
        Add(texts, sections, AdviceTexts.SourcesHeading, sources, language);
        return sections;
    }

    private static void Add(TextCatalog texts, List<ReplySection> sections, TextId heading, IReadOnlyList<string> lines, ReplyLanguage language)
    {
        if (lines.Count > 0)
        {
            sections.Add(new ReplySection(texts.For(heading, language), lines));
        }
    }

    // Lines in order without repeats, and without any line the first screen already shows.
    private static IEnumerable<string> Distinct(IEnumerable<string> lines, IReadOnlyList<string> shown)
    {
        var seen = new HashSet<string>(shown.Count + 8, StringComparer.Ordinal);
        foreach (var line in shown)
        {
            seen.Add(Key(line));
        }

        foreach (var line in lines)
        {
            if (seen.Add(Key(line)))
            {
                yield return line;
            }
        }
    }

    // Letters and digits only, lower-cased: two lines that differ in punctuation or spacing are the same line.
    private static string Key(string line)
    {
        var length = 0;
        foreach (var c in line)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return string.Create(length, line, static (key, line) =>
        {
            var i = 0;
            foreach (var c in line)
            {
                if (char.IsLetterOrDigit(c))
                {
                    key[i++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!chúng )(?<![\p{L}])[Tt]ôi(?![\p{L}])")]
    private static partial System.Text.RegularExpressions.Regex StaffTôi();
}
