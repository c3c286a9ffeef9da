namespace CoachBot.Dialogs;

/// <summary>The dialogs a runner knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>The registered dialogs.</summary>
    public IReadOnlyCollection<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Registers <paramref name="dialog"/>; returns this set for chaining.</summary>
    /// <exception cref="ArgumentException">Another dialog already has the same id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already registered.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog registered under <paramref name="dialogId"/>, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);
}
