using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads the <c>commands</c> section: the app's command titles per intent and language.</summary>
internal sealed partial class LexiconLoader
{
    private Dictionary<string, CommandTitle> ReadCommands(YamlNode? node)
    {
        var commands = new Dictionary<string, CommandTitle>(StringComparer.Ordinal);
        foreach (var (intent, body) in Sections(node, null))
        {
            if (!_intents.Contains(intent))
            {
                Error(body, $"unknown intent '{intent}' in commands");
                continue;
            }

            foreach (var (language, list) in Sections(body, PhraseLanguages))
            {
                ReadPhrases(list, (title, _) =>
                {
                    var key = CommandTitle.Key(title);
                    if (commands.TryGetValue(key, out var other) && other.Intent != intent)
                    {
                        Error(list, $"command title '{title}' is given to both '{other.Intent}' and '{intent}'");
                    }

                    commands.TryAdd(key, new CommandTitle(intent, language));
                });
            }
        }

        return commands;
    }
}
