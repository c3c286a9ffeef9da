using CoachBot.Coaching.Training;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// A trainer role-play: the bot plays the guest or prospect of a document's case, line by line; every free-text answer
/// is graded by the rules on that turn's checks (<see cref="RolePlayBook.Grade"/>), shown at once, and the case goes on;
/// after the last answer come the score against the pass mark and the model answers, and the result is stored (side
/// effect <see cref="SideEffectKinds.RolePlayResult"/>). The lines are the case's and the grading the checks'; an LLM,
/// when the host has one, may only put a short reaction before a line (<see cref="ReplyVoicing"/>).
/// </summary>
internal sealed class RolePlayDialog(CoachingServices services) : Dialog(DialogId)
{
    public const string DialogId = "coach.role-play";

    private readonly RolePlayCardBuilder _cards = new(services);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.GetOptions<string>() is not { } id || services.RolePlays.Scenario(id) is not { Turns.Count: > 0 } scenario)
        {
            await dc.SendAsync(_cards.Pick(services.RolePlays, dc.Language), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        dc.SetState(new RolePlaySession(scenario.Id, []));
        await dc.SendAsync(_cards.Start(scenario, dc.Language), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var session = dc.GetState<RolePlaySession>();
        if (session is null || services.RolePlays.Scenario(session.ScenarioId) is not { } scenario || session.Turn >= scenario.Turns.Count)
        {
            // The case left the content in a reload: it cannot be graded honestly any more.
            await dc.SendAsync(RolePlayTexts.Over, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var answer = dc.Turn.Text;
        if (string.IsNullOrWhiteSpace(answer))
        {
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        // The answer is in the trainee's words; the case goes on in the conversation's language.
        dc.KeepConversationLanguage();
        var turn = session.Turn;
        var results = services.RolePlays.Grade(scenario.Turns[turn], answer);
        session = session with { Answers = [.. session.Answers, [.. results.Select(r => new RolePlayVerdict(r.Check.Id, r.Passed))]] };
        dc.SetState(session);
        await dc.SendAsync(_cards.Answer(scenario, turn, results, dc.Language), cancellationToken).ConfigureAwait(false);
        if (turn + 1 < scenario.Turns.Count)
        {
            await dc.SendAsync(_cards.Next(scenario, turn + 1, results.Any(r => !r.Passed), dc.Language, answer), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        await FinishAsync(dc, scenario, session, cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public override Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var session = dc.GetState<RolePlaySession>();
        return session is not null && services.RolePlays.Scenario(session.ScenarioId) is { } scenario && session.Turn < scenario.Turns.Count
            ? dc.SendAsync(session.Turn == 0 ? _cards.Start(scenario, dc.Language) : _cards.Next(scenario, session.Turn, false, dc.Language), cancellationToken)
            : Task.CompletedTask;
    }

    private async Task FinishAsync(DialogContext dc, RolePlayScenario scenario, RolePlaySession session, CancellationToken cancellationToken)
    {
        var verdicts = session.Answers.SelectMany(a => a).ToList();
        var passed = verdicts.Count(v => v.Passed);
        var score = new RolePlayScore(passed, verdicts.Count, services.RolePlays.PassMark);
        var failed = verdicts.Where(v => !v.Passed)
            .Select(v => services.RolePlays.Checks.FirstOrDefault(c => c.Id == v.CheckId))
            .OfType<RolePlayCheck>()
            .ToList();
        dc.AddSideEffect(SideEffectKinds.RolePlayResult, new RolePlayResultPayload(
            scenario.Id, score.ChecksPassed, score.ChecksTotal, score.PassMark, score.Passed, [.. failed.Select(c => c.Id).Distinct(StringComparer.Ordinal)], services.Now));
        await dc.SendAsync(_cards.Done(scenario, score, failed, dc.Language), cancellationToken).ConfigureAwait(false);
    }
}
