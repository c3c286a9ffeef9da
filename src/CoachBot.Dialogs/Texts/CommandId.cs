namespace CoachBot.Dialogs;

/// <summary>
/// The key of a command's phrases in the <see cref="TextCatalog"/> ("help", "forget-my-data"). Like
/// <see cref="TextId"/>, code names them as static properties that a test checks against the texts file.
/// </summary>
/// <param name="Key">The key as written in the texts file.</param>
public readonly record struct CommandId(string Key)
{
    /// <inheritdoc />
    public override string ToString() => Key;
}
