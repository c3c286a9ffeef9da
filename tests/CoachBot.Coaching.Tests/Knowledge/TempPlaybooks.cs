using CoachBot.Coaching.Knowledge;

namespace CoachBot.Coaching.Tests.Knowledge;

/// <summary>A temporary playbook directory with the real facts.yaml and sources.yaml, for invalid-file tests.</summary>
internal sealed class TempPlaybooks : IDisposable
{
    public TempPlaybooks()
    {
        Directory = Path.Combine(Path.GetTempPath(), "coachbot-playbooks-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in new[] { PlaybookLoader.FactsFile, PlaybookLoader.SourcesFile })
        {
            File.Copy(Path.Combine(PlaybookLoader.DefaultDirectory, file), Path.Combine(Directory, file));
        }
    }

    public string Directory { get; }

    public TempPlaybooks Write(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(Directory, file), yaml.ReplaceLineEndings("\n"));
        return this;
    }

    public Task<LoadResult> LoadAsync() => new PlaybookLoader().LoadAsync(Directory, CancellationToken.None);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
