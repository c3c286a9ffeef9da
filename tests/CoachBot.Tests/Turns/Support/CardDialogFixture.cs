using CoachBot.Tests.Support;
using CoachBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Turns.Support;

/// <summary>One host per test class whose dialogs are the <see cref="CardDialog"/>; each test uses its own conversation.</summary>
public sealed class CardDialogFixture : IDisposable
{
    public BotHost Host { get; } = new() { Replace = services => services.AddSingleton<IDialogRunnerFactory, CardDialogRunnerFactory>() };

    public void Dispose() => Host.Dispose();
}
