using System.Text.Json.Serialization;

namespace CoachBot.Cards;

/// <summary>A wrapped text block; bold and large when asked.</summary>
internal sealed record TextBlock(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextBlock";

    public bool Wrap { get; } = true;

    public string? Weight { get; init; }

    public string? Size { get; init; }

    public static TextBlock Bold(string text) => new(text) { Weight = "Bolder" };
}

/// <summary>Elements kept together, set apart from what comes before.</summary>
internal sealed record Container(IReadOnlyList<object> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Container";

    public string? Spacing { get; init; }
}

/// <summary>Title and value rows.</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "FactSet";
}

/// <summary>One row of a <see cref="FactSet"/>.</summary>
internal sealed record Fact(string Title, string Value);

/// <summary>A one-line text field; its value reaches the bot under <see cref="Id"/> in the submit's data.</summary>
internal sealed record InputText(string Id, string Label)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Input.Text";

    public string? Placeholder { get; init; }
}
