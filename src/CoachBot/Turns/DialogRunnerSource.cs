using CoachBot.Hosting;

namespace CoachBot.Turns;

/// <summary>
/// The dialogs for a turn that starts now: a runner over the current content set, built once per set. After a
/// reload the next turn builds one over the new set; a turn that already took the old one finishes on it.
/// </summary>
internal sealed class DialogRunnerSource(CoachingContent content, IDialogRunnerFactory factory)
{
    private TurnDialogs? _last;

    public TurnDialogs Current
    {
        get
        {
            var set = content.Current;
            var last = Volatile.Read(ref _last);
            if (last is not null && ReferenceEquals(last.Content, set))
            {
                return last;
            }

            // Two turns that start together just after a reload may each build one; both are over the same set.
            var built = new TurnDialogs(set, factory.Create(set));
            Volatile.Write(ref _last, built);
            return built;
        }
    }
}
