using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Policy;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Coaching.Training;
using CoachBot.Dialogs;
using YamlDotNet.Core;

namespace CoachBot.Coaching.Content;

/// <summary>
/// Loads the whole coaching content from a playbooks folder (playbooks, facts, sources, lexicon, texts, quiz, role
/// plays), the default hotel policy file and, for a hotel group, one policy file per property, each part with its own
/// loader and checks. Every part is loaded even when another fails, so one run reports every error of every file; a
/// set comes back only when there is none.
/// </summary>
public sealed class ContentLoader
{
    private readonly TextKeySet? _textKeys;

    /// <param name="playbooksDirectory">The playbooks folder (with <c>lexicon.yaml</c>, <c>texts.yaml</c> and <c>recogniser/</c>).</param>
    /// <param name="policyFile">The property's hotel policy file.</param>
    /// <param name="textKeys">The text and command keys the code uses; <c>texts.yaml</c> must have exactly these (null: not checked).</param>
    /// <param name="properties">Which user, team or tenant is coached by which other policy file (a hotel group); none by default.</param>
    public ContentLoader(string playbooksDirectory, string policyFile, TextKeySet? textKeys, IReadOnlyList<PropertyPolicyFile>? properties = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(playbooksDirectory);
        ArgumentException.ThrowIfNullOrEmpty(policyFile);
        PlaybooksDirectory = playbooksDirectory;
        PolicyFile = policyFile;
        Properties = properties ?? [];
        _textKeys = textKeys;
    }

    public string PlaybooksDirectory { get; }

    /// <summary>The default policy: for everyone no property entry names.</summary>
    public string PolicyFile { get; }

    public IReadOnlyList<PropertyPolicyFile> Properties { get; }

    /// <summary>Every policy file read (the default first), each once, as full paths: what a reload watches.</summary>
    public IReadOnlyList<string> PolicyFiles => [.. Properties.Select(p => p.PolicyFile).Prepend(PolicyFile).Select(Path.GetFullPath).Distinct(PathComparer)];

    // Two spellings of one file ("./x.yaml", "x.yaml") load it once, so the teams that share it share one policy (and one runner).
    private static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public async Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var errors = new List<ContentError>();
        var knowledge = await LoadKnowledgeAsync(errors, cancellationToken).ConfigureAwait(false);

        // The lexicon is checked against facts.yaml; when that file is broken the playbooks have said so already.
        var recogniser = errors.Exists(e => e.File == PlaybookLoader.FactsFile) ? null : LoadRecogniser(errors);
        var texts = await LoadTextsAsync(errors, cancellationToken).ConfigureAwait(false);
        var (policy, properties) = await LoadPoliciesAsync(errors, cancellationToken).ConfigureAwait(false);
        var quiz = await LoadQuizAsync(knowledge?.Sources, errors, cancellationToken).ConfigureAwait(false);

        // Role-play phrases are folded as the recogniser reads answers; without a recogniser its errors are reported already.
        var rolePlays = recogniser is null ? null : await LoadRolePlaysAsync(knowledge?.Sources, recogniser, errors, cancellationToken).ConfigureAwait(false);
        return errors.Count == 0 && knowledge is not null && recogniser is not null && texts is not null && policy is not null && quiz is not null && rolePlays is not null
            ? new ContentLoadResult(new ContentSet(knowledge, recogniser, policy, texts) { Quiz = quiz, RolePlays = rolePlays, Properties = properties }, [])
            : new ContentLoadResult(null, errors);
    }

    private async Task<KnowledgeBase?> LoadKnowledgeAsync(List<ContentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            var result = await new PlaybookLoader().LoadAsync(PlaybooksDirectory, cancellationToken).ConfigureAwait(false);
            errors.AddRange(result.Errors.Select(e => ContentError.From(ContentPart.Playbooks, e)));
            return result.Knowledge;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.Playbooks, PlaybooksDirectory, ex));
            return null;
        }
    }

    private Recogniser? LoadRecogniser(List<ContentError> errors)
    {
        try
        {
            return Recogniser.Load(PlaybooksDirectory);
        }
        catch (LexiconException ex)
        {
            errors.AddRange(ex.Errors.Select(e => ContentError.FromLexicon(e, LexiconLoader.LexiconFile)));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(ContentPart.Lexicon, LexiconLoader.LexiconFile, (int)ex.Start.Line, "YAML syntax: " + ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.Lexicon, LexiconLoader.LexiconFile, ex));
        }

        return null;
    }

    private async Task<TextCatalog?> LoadTextsAsync(List<ContentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            var result = await TextCatalogLoader.LoadAsync(PlaybooksDirectory, _textKeys, cancellationToken).ConfigureAwait(false);
            errors.AddRange(result.Errors.Select(e => ContentError.From(ContentPart.Texts, e)));
            return result.Catalog;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.Texts, TextCatalogLoader.TextsFile, ex));
            return null;
        }
    }

    private async Task<(HotelPolicy? Default, Dictionary<string, HotelPolicy> Properties)> LoadPoliciesAsync(List<ContentError> errors, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<string, HotelPolicy?>(PathComparer);
        foreach (var file in PolicyFiles)
        {
            loaded[file] = await LoadPolicyAsync(file, errors, cancellationToken).ConfigureAwait(false);
        }

        // A property's id keys its duty desk: two files claiming one id would share (and overwrite) one desk.
        foreach (var same in loaded.Where(l => l.Value is not null).GroupBy(l => l.Value!.PropertyId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(ContentPart.Policy, Path.GetFileName(same.Last().Key), 1,
                $"property id '{same.Key}' is also the id of {string.Join(", ", same.SkipLast(1).Select(l => Path.GetFileName(l.Key)))}: each property's policy needs its own id"));
        }

        var properties = new Dictionary<string, HotelPolicy>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in Properties)
        {
            if (!properties.TryAdd(property.Id, loaded[Path.GetFullPath(property.PolicyFile)]!))
            {
                errors.Add(new ContentError(ContentPart.Policy, Path.GetFileName(property.PolicyFile), 1, $"'{property.Id}' is listed twice in Coaching:Properties"));
            }
        }

        return (loaded[Path.GetFullPath(PolicyFile)], properties);
    }

    private static async Task<HotelPolicy?> LoadPolicyAsync(string file, List<ContentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            var result = await new PolicyLoader().LoadFileAsync(file, cancellationToken).ConfigureAwait(false);
            errors.AddRange(result.Errors.Select(ContentError.From));
            return result.Succeeded ? result.Policies[0] : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.Policy, file, ex));
            return null;
        }
    }

    private async Task<QuizBank?> LoadQuizAsync(SourceRegistry? sources, List<ContentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            var (bank, quizErrors) = await QuizBankLoader.LoadAsync(PlaybooksDirectory, sources, cancellationToken).ConfigureAwait(false);
            errors.AddRange(quizErrors.Select(e => ContentError.From(ContentPart.Quiz, e)));
            return bank;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.Quiz, QuizBankLoader.Folder, ex));
            return null;
        }
    }

    private async Task<RolePlayBook?> LoadRolePlaysAsync(SourceRegistry? sources, Recogniser recogniser, List<ContentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            var (book, rolePlayErrors) = await RolePlayBookLoader.LoadAsync(PlaybooksDirectory, sources, recogniser, cancellationToken).ConfigureAwait(false);
            errors.AddRange(rolePlayErrors.Select(e => ContentError.From(ContentPart.RolePlays, e)));
            return book;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(Unreadable(ContentPart.RolePlays, RolePlayBookLoader.Folder, ex));
            return null;
        }
    }

    // A file an editor is still writing (or has locked) cannot be read now; its next change reloads again.
    private static ContentError Unreadable(ContentPart part, string fallbackFile, Exception exception) =>
        new(part, Path.GetFileName((exception as FileNotFoundException)?.FileName ?? fallbackFile), 1, $"could not be read ({exception.GetType().Name})");
}
