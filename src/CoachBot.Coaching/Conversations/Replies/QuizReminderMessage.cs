using CoachBot.Dialogs;

namespace CoachBot.Coaching.Conversations;

/// <summary>The message the host sends a trainee who asked for reminders when quiz questions are due: how many, and "Quiz me".</summary>
public static class QuizReminderMessage
{
    public static Reply Build(TextCatalog texts, ReplyLanguage language, int due)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(language);
        return Reply.Ask(texts.Format(QuizTexts.Reminder, language, due), [new Choice(texts.For(QuizTexts.QuizMeButton, language), QuizButtons.NewQuiz(null))]);
    }
}
