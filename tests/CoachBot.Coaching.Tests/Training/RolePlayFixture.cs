using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Training;

namespace CoachBot.Coaching.Tests.Training;

/// <summary>The shipped role plays, loaded once per test class (the book is immutable and thread-safe).</summary>
public sealed class RolePlayFixture : IAsyncLifetime
{
    public RolePlayBook Book { get; private set; } = RolePlayBook.Empty;

    public async Task InitializeAsync()
    {
        var playbooks = PlaybookLoader.DefaultDirectory;
        var knowledge = await new PlaybookLoader().LoadAsync(playbooks, CancellationToken.None);
        var (book, errors) = await RolePlayBookLoader.LoadAsync(playbooks, knowledge.Knowledge?.Sources, Recogniser.Load(playbooks), CancellationToken.None);
        Assert.True(book is not null, string.Join("\n", errors));
        Book = book;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
