using System.Reflection;

namespace CoachBot.Dialogs;

/// <summary>
/// The text and command keys some code uses, read from its key classes (the public static <see cref="TextId"/>
/// and <see cref="CommandId"/> properties of, e.g., <see cref="EngineStrings"/> and <see cref="EngineCommands"/>).
/// The texts loader checks a file against it, so a key missing from the file, or one no code uses, stops start-up.
/// </summary>
public sealed class TextKeySet
{
    private TextKeySet(IReadOnlySet<string> texts, IReadOnlySet<string> commands)
    {
        Texts = texts;
        Commands = commands;
    }

    /// <summary>The text keys.</summary>
    public IReadOnlySet<string> Texts { get; }

    /// <summary>The command keys.</summary>
    public IReadOnlySet<string> Commands { get; }

    /// <summary>The engine's own keys.</summary>
    public static TextKeySet Engine { get; } = FromClasses(typeof(EngineStrings), typeof(EngineCommands));

    /// <summary>The keys declared by <paramref name="keyClasses"/>.</summary>
    public static TextKeySet FromClasses(params Type[] keyClasses)
    {
        ArgumentNullException.ThrowIfNull(keyClasses);
        var values = keyClasses.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)).Select(p => p.GetValue(null)).ToList();

        // A key class may also list keys it picks in code (a situation's name by intent, a role's by role).
        var listed = values.OfType<IEnumerable<TextId>>().SelectMany(ids => ids);
        return new TextKeySet(
            values.OfType<TextId>().Concat(listed).Select(id => id.Key).ToHashSet(StringComparer.Ordinal),
            values.OfType<CommandId>().Select(id => id.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>This set and <paramref name="other"/> together.</summary>
    public TextKeySet With(TextKeySet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new TextKeySet(
            Texts.Union(other.Texts).ToHashSet(StringComparer.Ordinal),
            Commands.Union(other.Commands).ToHashSet(StringComparer.Ordinal));
    }
}
