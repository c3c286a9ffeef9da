namespace CoachBot.Dialogs;

/// <summary>
/// The key of an interface text in the <see cref="TextCatalog"/> ("engine.cancelled"). Code names its texts as
/// static <see cref="TextId"/> properties (see <see cref="EngineStrings"/>); a test checks every one against the
/// texts file, so none is missing and none in the file is unused.
/// </summary>
/// <param name="Key">The key as written in the texts file.</param>
public readonly record struct TextId(string Key)
{
    /// <inheritdoc />
    public override string ToString() => Key;
}
