using CoachBot.Diagnostics;

namespace CoachBot.Tests.Diagnostics;

public class RedactedExceptionTests
{
    [Fact]
    public void Of_ExceptionQuotingUserText_KeepsTypesAndStackDropsMessages()
    {
        var original = Catch(() => throw new InvalidOperationException("wrapper for 4111 1111", new FormatException("Could not read 'room 4242'")));

        var text = RedactedException.Of(original)!.ToString();

        Assert.Contains("System.InvalidOperationException", text, StringComparison.Ordinal);
        Assert.Contains("System.FormatException", text, StringComparison.Ordinal);
        Assert.Contains(nameof(Of_ExceptionQuotingUserText_KeepsTypesAndStackDropsMessages), text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4242", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Null_Null() => Assert.Null(RedactedException.Of(null));

    private static InvalidOperationException Catch(Action action)
    {
        try
        {
            action();
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException("Nothing was thrown.");
    }
}
