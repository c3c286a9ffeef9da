using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Checks the whole configuration before anything reads it, so that every problem is reported together.</summary>
internal static class StartupValidation
{
    /// <summary>
    /// Runs every options validation registered to run on start (the host would run them in StartAsync,
    /// but only after the state store had read its own options and failed alone).
    /// </summary>
    /// <exception cref="StartupConfigurationException">Any option is invalid; it lists every failure of every options class.</exception>
    public static void ValidateConfiguration(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException exception)
        {
            throw new StartupConfigurationException(exception.Failures, exception);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new StartupConfigurationException(exception.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures), exception);
        }
    }
}
