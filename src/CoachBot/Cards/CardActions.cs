using System.Text.Json.Serialization;

namespace CoachBot.Cards;

/// <summary>A button that sends its data to the bot as a message (or, as a fallback, instead of an Action.Execute).</summary>
internal sealed record SubmitAction(string Title, object Data)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Action.Submit";

    /// <summary>"secondary" puts the button in the overflow menu.</summary>
    public string? Mode { get; init; }
}

/// <summary>A Universal Action: an <c>adaptiveCard/action</c> invoke whose answer can replace the card.</summary>
internal sealed record ExecuteAction(string Title, string Verb, object Data, SubmitAction? Fallback)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Action.Execute";

    public string? Mode { get; init; }
}

/// <summary>A button that opens <see cref="Card"/> in place under the card.</summary>
internal sealed record ShowCardAction(string Title, AdaptiveCard Card)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Action.ShowCard";
}

/// <summary>The data of a choice button, <c>{"choice": value}</c>, which the dialogs read like a typed answer.</summary>
internal sealed record ChoiceData(string Choice);
