namespace CoachBot.Tests.Support;

/// <summary>What a host that refused to start said: the messages of the exception and every one inside it.</summary>
public static class StartupFailure
{
    public static IEnumerable<string> Messages(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }
    }
}
