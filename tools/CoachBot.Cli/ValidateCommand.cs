using CoachBot.Coaching.Conversations;
using CoachBot.Coaching.Knowledge;
using CoachBot.Coaching.Recognition;
using CoachBot.Coaching.Texts;
using CoachBot.Coaching.Training;

namespace CoachBot.Cli;

/// <summary>
/// <c>validate</c>: loads the playbooks, the interface texts, the quiz questions and the role plays and prints every error, or a
/// summary with the quiz ids that still have fewer than two questions.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Summary => "load the playbooks, texts, quiz questions and role plays and print every error (file:line rule: message)";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new PlaybookLoader().LoadAsync(arguments.PlaybookDirectory, cancellationToken).ConfigureAwait(false);
        var texts = await TextCatalogLoader.LoadAsync(arguments.PlaybookDirectory, CoachingBot.TextKeys, cancellationToken).ConfigureAwait(false);
        var (quiz, quizErrors) = await QuizBankLoader.LoadAsync(arguments.PlaybookDirectory, result.Knowledge?.Sources, cancellationToken).ConfigureAwait(false);
        var (rolePlays, rolePlayErrors) = await LoadRolePlaysAsync(arguments.PlaybookDirectory, result.Knowledge?.Sources, cancellationToken).ConfigureAwait(false);
        var errors = result.Errors.Concat(texts.Errors).Concat(quizErrors).Select(e => e.ToString()).Concat(rolePlayErrors).ToList();
        if (!result.Succeeded || errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await output.WriteLineAsync(error).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{errors.Count} error(s)").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"ok, {result.Knowledge.Rules.Count} rules in {result.Knowledge.Files.Count} files, {quiz!.Questions.Count} quiz questions, {rolePlays!.Scenarios.Count} role plays").ConfigureAwait(false);
        if (quiz.Uncovered(result.Knowledge.Sources) is { Count: > 0 } uncovered)
        {
            await output.WriteLineAsync($"quiz ids with fewer than {QuizBank.QuestionsPerQuizId} questions: {string.Join(", ", uncovered.Select(u => $"{u.Id} ({u.Questions})"))}").ConfigureAwait(false);
        }
        return 0;
    }

    // Role-play phrases are folded by the recogniser, so its lexicon is loaded too; a broken lexicon is reported as such.
    private static async Task<(RolePlayBook? Book, IReadOnlyList<string> Errors)> LoadRolePlaysAsync(string playbooks, SourceRegistry? sources, CancellationToken cancellationToken)
    {
        Recogniser recogniser;
        try
        {
            recogniser = Recogniser.Load(playbooks);
        }
        catch (LexiconException ex)
        {
            return (null, ex.Errors);
        }

        var (book, errors) = await RolePlayBookLoader.LoadAsync(playbooks, sources, recogniser, cancellationToken).ConfigureAwait(false);
        return (book, [.. errors.Select(e => e.ToString())]);
    }
}
