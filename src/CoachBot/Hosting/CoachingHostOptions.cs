using System.ComponentModel.DataAnnotations;

namespace CoachBot.Hosting;

/// <summary>Where the coaching content comes from and which dialog greets users (configuration section "Coaching").</summary>
public sealed class CoachingHostOptions : IValidatableObject
{
    public const string SectionName = "Coaching";

    /// <summary>The folder of playbooks, facts, sources and lexicon; by default the copy beside the binaries.</summary>
    public string? PlaybooksDirectory { get; set; }

    /// <summary>The hotel policy file; by default the sample policy that ships for the demo.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>
    /// A hotel group: the users, teams or tenants coached by their own property's policy rather than <see cref="PolicyFile"/>.
    /// A list, not a map, because a Teams team id ("19:…@thread.tacv2") holds the colon configuration keys split on.
    /// </summary>
    public List<CoachingPropertyOptions> Properties { get; set; } = [];

    /// <summary>"coach" (the product) or "demo" (the onboarding demo that exercises the protocol end to end).</summary>
    [RegularExpression("^(coach|demo)$", ErrorMessage = "Coaching:RootDialog must be 'coach' or 'demo'.")]
    public string RootDialog { get; set; } = "coach";

    /// <summary>When, in the property's time zone, a trainee's working day starts: no quiz reminder comes earlier.</summary>
    public TimeOnly ReminderStart { get; set; } = new(9, 0);

    /// <summary>When it ends: no quiz reminder comes at or after it.</summary>
    public TimeOnly ReminderEnd { get; set; } = new(17, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReminderEnd <= ReminderStart)
        {
            yield return new ValidationResult(
                $"Coaching:ReminderEnd ({ReminderEnd:HH\\:mm}) must be later than Coaching:ReminderStart ({ReminderStart:HH\\:mm}).",
                [nameof(ReminderStart), nameof(ReminderEnd)]);
        }

        foreach (var problem in PropertyProblems())
        {
            yield return new ValidationResult(problem, [nameof(Properties)]);
        }
    }

    /// <summary>Entries without an id or a policy file, and ids listed twice; checked before the content loads.</summary>
    public IEnumerable<string> PropertyProblems()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Properties.Count; i++)
        {
            var property = Properties[i];
            if (!property.AllIds.Any() || string.IsNullOrWhiteSpace(property.PolicyFile))
            {
                yield return $"Coaching:Properties:{i} needs an Id (or Ids: users' Entra object ids, Teams team ids, tenant ids) and a PolicyFile.";
                continue;
            }

            foreach (var id in property.AllIds.Where(id => !seen.Add(id)))
            {
                yield return $"Coaching:Properties:{i}: '{id}' is listed twice.";
            }
        }
    }
}
