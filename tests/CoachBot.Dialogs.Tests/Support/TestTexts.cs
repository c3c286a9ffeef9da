using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Texts;

namespace CoachBot.Dialogs.Tests.Support;

/// <summary>The shipped text catalog (immutable), so the engine's texts and command phrases are tested as users get them.</summary>
public static class TestTexts
{
    public static TextCatalog Catalog { get; } =
        TextCatalogLoader.LoadAsync(PlaybookLoader.DefaultDirectory, keys: null, CancellationToken.None).GetAwaiter().GetResult().OrThrow();

    /// <summary>Runner options with the shipped catalog and nothing else.</summary>
    public static DialogRunnerOptions Options() => new() { Texts = Catalog };
}
