namespace CoachBot.Dialogs;

/// <summary>Which slot the dialog is asking for now.</summary>
internal sealed record SlotFillingState(string? Asking);
