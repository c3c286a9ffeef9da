using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The coaching dialogs' own words (headings, buttons, confirmations); advice itself comes from the playbooks.</summary>
internal static class CoachTexts
{
    public static TextId Welcome { get; } = new("coach.welcome");

    public static TextId Help { get; } = new("coach.help");

    public static TextId NoAdvice { get; } = new("coach.no-advice");

    public static TextId SayNow { get; } = new("coach.say-now");

    public static TextId DoNow { get; } = new("coach.do-now");

    public static TextId AskNow { get; } = new("coach.ask-now");

    public static TextId SayHeading { get; } = new("coach.say-heading");

    public static TextId AvoidHeading { get; } = new("coach.avoid-heading");

    public static TextId StepsHeading { get; } = new("coach.steps-heading");

    public static TextId EscalateHeading { get; } = new("coach.escalate-heading");

    public static TextId EscalateLine { get; } = new("coach.escalate-line");

    public static TextId QuestionsHeading { get; } = new("coach.questions-heading");

    public static TextId TrapsHeading { get; } = new("coach.traps-heading");

    public static TextId PlanHeading { get; } = new("coach.plan-heading");

    public static TextId DutyManager { get; } = new("coach.duty-manager");

    /// <summary>A roster person as the staffer reads them: "Minh (duty manager)", the role in their language.</summary>
    public static string Person(TextCatalog texts, EscalationContact contact, ReplyLanguage language) =>
        Policy.StaffRoles.TryParse(contact.Role, out var role) ? texts.Format(PersonWithRole, language, contact.Name, texts.For(Role(role), language)) : contact.Name;

    public static TextId PersonWithRole { get; } = new("coach.person-with-role");

    public static TextId Role(Policy.StaffRole role) => role switch
    {
        Policy.StaffRole.Supervisor => new("coach.role-supervisor"),
        Policy.StaffRole.Sales => new("coach.role-sales"),
        Policy.StaffRole.DutyManager => new("coach.role-duty-manager"),
        Policy.StaffRole.Trainer => new("coach.role-trainer"),
        _ => new("coach.role-front-desk"),
    };

    /// <summary>Every key the switch above picks from, for the texts file check.</summary>
    public static IReadOnlyList<TextId> Roles { get; } = [new("coach.role-supervisor"), new("coach.role-sales"), new("coach.role-duty-manager"), new("coach.role-trainer"), new("coach.role-front-desk")];

    public static TextId Security { get; } = new("coach.security");

    public static TextId Immediately { get; } = new("coach.immediately");

    public static TextId Soon { get; } = new("coach.soon");

    public static TextId Routine { get; } = new("coach.routine");

    public static TextId WhyButton { get; } = new("coach.why-button");

    public static TextId CallManagerButton { get; } = new("coach.call-manager-button");

    public static TextId CallSecurityButton { get; } = new("coach.call-security-button");

    public static TextId HelpfulButton { get; } = new("coach.helpful-button");

    public static TextId NotHelpfulButton { get; } = new("coach.not-helpful-button");

    public static TextId AfterCallButton { get; } = new("coach.after-call-button");


    public static TextId NothingToEscalate { get; } = new("coach.nothing-to-escalate");

    public static TextId FeedbackThanks { get; } = new("coach.feedback-thanks");

    public static TextId Forgotten { get; } = new("coach.forgotten");

    // "why?": the situation and the facts that made it so, in people's words ({0} the situation, {1} the reasons).
    public static TextId ExplainBecause { get; } = new("coach.explain-because");

    public static TextId ExplainSituation { get; } = new("coach.explain-situation");

    // Joins the reasons: "a, b and c".
    public static TextId ExplainAnd { get; } = new("coach.explain-and");

    public static TextId ExplainComma { get; } = new("coach.explain-comma");

    public static TextId ExplainSourcesHeading { get; } = new("coach.explain-sources-heading");

    public static TextId ExplainSource { get; } = new("coach.explain-source");

    public static TextId OwnSafetyPolicy { get; } = new("coach.own-safety-policy");
}
