using System.Reflection;
using CoachBot.State;

namespace CoachBot.Tests.Support;

/// <summary>
/// Wraps the real state store; while <see cref="IsDown"/> every call fails with
/// <see cref="StateStoreUnavailableException"/>, as the SQLite store does when its file cannot be used.
/// A proxy rather than a hand-written decorator, so it keeps up with new members of <see cref="IStateStore"/>.
/// </summary>
public class OutageStateStore : DispatchProxy
{
    private static readonly MethodInfo FromException = typeof(Task).GetMethods()
        .Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethod);

    private IStateStore _inner = null!;

    public bool IsDown { get; set; }

    /// <summary>What a call throws while down; by default what the SQLite store throws when its file cannot be used.</summary>
    public Func<Exception> Failure { get; set; } = () => new StateStoreUnavailableException("The test took the store down.");

    public static IStateStore Wrap(IStateStore inner, out OutageStateStore outage)
    {
        var proxy = Create<IStateStore, OutageStateStore>();
        outage = (OutageStateStore)(object)proxy;
        outage._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!IsDown || targetMethod.Name == nameof(IStateStore.InitializeAsync))
        {
            return targetMethod.Invoke(_inner, args);
        }

        var down = Failure();
        return targetMethod.ReturnType.IsGenericType
            ? FromException.MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]).Invoke(null, [down])
            : Task.FromException(down);
    }
}
