using CoachBot.Outbox;
using CoachBot.Reminders;
using CoachBot.Tests.Coaching.Support;
using CoachBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Training;

/// <summary>
/// Quiz reminders on the fake clock (issue 12, point 3), through the real endpoint and the outbox: a trainee who said
/// "remind me" gets one message when reviews are due, within working hours in the hotel's time zone, at most once a
/// day, and none after "stop reminders". The clock starts at 10:00 in Ho Chi Minh City; hours are 09:00–17:00.
/// </summary>
public sealed class QuizReminderTests : IDisposable
{
    private readonly TranscriptFixture _fixture = new();

    [Fact]
    public async Task RemindMe_AMissedQuestionFallsDue_OneReminderADayInWorkingHoursUntilStopped()
    {
        using var trainee = _fixture.Chat();
        var on = Assert.Single(await trainee.SaysAsync("remind me"));
        Assert.Contains("between 09:00 and 17:00", on.Text, StringComparison.Ordinal);
        await MissOneQuestionAsync(trainee);
        await AdvanceAsync(TimeSpan.Zero);
        Assert.Empty(Reminders(trainee)); // the miss comes back 10 minutes after it was made

        await AdvanceAsync(TimeSpan.FromHours(1)); // 11:00
        var reminder = Assert.Single(Reminders(trainee));
        Assert.Equal("Quiz questions due for review: 1. A quick quiz now?", reminder.Text);
        Assert.Equal(["Quiz me"], reminder.Buttons);

        await AdvanceAsync(TimeSpan.FromHours(3)); // 14:00, still due: no second reminder today
        await AdvanceAsync(TimeSpan.FromHours(6)); // 20:00, out of hours
        Assert.Single(Reminders(trainee));

        await AdvanceAsync(TimeSpan.FromHours(13.5)); // 09:30 the next day
        Assert.Equal(2, Reminders(trainee).Count);

        await trainee.SaysAsync("stop reminders");
        await AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(2, Reminders(trainee).Count);
    }

    [Fact]
    public async Task RemindMe_NothingDue_NoMessage()
    {
        using var trainee = _fixture.Chat();
        Assert.StartsWith("Đã bật nhắc nhở", Assert.Single(await trainee.SaysAsync("nhắc tôi")).Text, StringComparison.Ordinal);

        await AdvanceAsync(TimeSpan.FromHours(1));
        await AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Empty(Reminders(trainee));
    }

    [Fact]
    public void Next_OutOfHoursOrAlreadyRemindedToday_StartOfTheNextWorkingHours()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var hours = (new TimeOnly(9, 0), new TimeOnly(17, 0));
        var morning = new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.FromHours(7));
        var noon = morning.AddHours(5);
        var evening = morning.AddHours(13);

        Assert.Equal(morning.AddHours(2), ReminderSchedule.Next(morning, zone, hours, null));
        Assert.Equal(noon, ReminderSchedule.Next(noon, zone, hours, null));
        Assert.Equal(morning.AddHours(26), ReminderSchedule.Next(noon, zone, hours, new DateOnly(2026, 3, 10)));
        Assert.Equal(morning.AddHours(26), ReminderSchedule.Next(evening, zone, hours, null));
    }

    public void Dispose() => _fixture.Dispose();

    private async Task AdvanceAsync(TimeSpan by)
    {
        _fixture.Clock.Advance(by);
        await _fixture.Host.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(default);
    }

    private List<BotMessage> Reminders(RecordedChat trainee) =>
        [.. _fixture.Host.Connector.DeliveredTo(trainee.Client.ConversationId).Select(c => c.Message).Where(m => m.Text.StartsWith("Quiz questions due", StringComparison.Ordinal))];

    // A quiz of five on complaints with the first answer wrong (typed: the first letter that is not the key).
    private async Task MissOneQuestionAsync(RecordedChat trainee)
    {
        var bank = _fixture.Host.Services.GetRequiredService<CoachBot.Hosting.CoachingContent>().Current.Quiz;
        var card = Assert.Single(await trainee.SaysAsync("quiz me on complaints"));
        for (var i = 0; i < 5; i++)
        {
            var question = bank.Questions.Single(q => q.Prompt.All.Contains(Card.Text(card)));
            var letterOf = card.Buttons.ToDictionary(b => card.SubmitValueOf(b).Split(':')[^1], b => b);
            var key = question.Answer.Select(id => letterOf[id]).ToList();
            var typed = i == 0 ? string.Join(" ", key.AsEnumerable().Reverse()) : string.Join(" ", key);
            if (i == 0 && key.Count == 1)
            {
                typed = letterOf.Values.First(l => l != key[0]);
            }

            card = (await trainee.SaysAsync(typed))[^1];
        }
    }
}
