using CoachBot.Coaching.Knowledge;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Texts;

/// <summary>The text catalog, or every error found in the texts file (each with its file and line).</summary>
public sealed record TextCatalogLoadResult(TextCatalog? Catalog, IReadOnlyList<PlaybookError> Errors)
{
    /// <summary>The catalog.</summary>
    /// <exception cref="PlaybookValidationException">The file had errors; they are all in the exception.</exception>
    public TextCatalog OrThrow() => Catalog ?? throw new PlaybookValidationException(Errors);
}
