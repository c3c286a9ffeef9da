using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>
/// Answers "my scores": the asker's own quiz and role-play results, only in their 1:1 chat (a channel would show them to the team).
/// </summary>
internal sealed class ScoresLister(CoachingServices services)
{
    private readonly ScoresCardBuilder _cards = new(services);

    public async Task ListAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.ConversationType != ConversationTypes.Personal)
        {
            await dc.SendAsync(QuizTexts.PersonalOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        var answers = await services.Options.Training.ReadAnswersAsync(dc.Turn.UserId, cancellationToken).ConfigureAwait(false);
        var rolePlays = await services.Options.Training.ReadRolePlaysAsync(dc.Turn.UserId, cancellationToken).ConfigureAwait(false);
        await dc.SendAsync(_cards.Build(new QuizHistory(answers), rolePlays, dc.Language), cancellationToken).ConfigureAwait(false);
    }
}
