using CoachBot.Coaching.Recognition;

namespace CoachBot.Coaching.Tests.Recognition;

/// <summary>One recogniser over the real playbooks, shared by a test class (it is immutable and thread-safe).</summary>
public sealed class RecogniserFixture
{
    public Recogniser Recogniser { get; } = Recogniser.LoadDefault();

    public static string PlaybooksDirectory => Path.Combine(AppContext.BaseDirectory, "Playbooks");
}
