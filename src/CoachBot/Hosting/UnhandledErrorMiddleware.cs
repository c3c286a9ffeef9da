using CoachBot.Diagnostics;
using Microsoft.AspNetCore.Connections;

namespace CoachBot.Hosting;

/// <summary>
/// The last line: whatever escapes an endpoint is answered with a plain problem, never a stack trace or an
/// exception message (not even in Development, where the framework would show its exception page), and logged with
/// the exception's type and stack only. A client that went away mid-request is not an error: one information line.
/// </summary>
internal sealed partial class UnhandledErrorMiddleware(RequestDelegate next, ILogger<UnhandledErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClientGone(context, ex))
        {
            var (exceptionType, endpoint) = (ex.GetType().Name, EndpointName(context));
            LogClientGone(logger, exceptionType, endpoint);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
                await Results.Problem(title: "The request body could not be read.", statusCode: status).ExecuteAsync(context).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            LogUnhandled(logger, RedactedException.Of(ex)!, ex.GetType().Name, EndpointName(context));
            if (context.Response.HasStarted)
            {
                // Half an answer is already out: all that is left is to end the connection.
                context.Abort();
                return;
            }

            context.Response.Clear();
            await Results.Problem(title: "Something went wrong on our side. Please try again.", statusCode: StatusCodes.Status500InternalServerError)
                .ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>The connection ended under the request (reset, or the body stopped short): nothing to answer, nothing broken.</summary>
    private static bool IsClientGone(HttpContext context, Exception exception) =>
        exception is BadHttpRequestException or ConnectionResetException
        || (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException);

    // The route's name, never the raw path: the path is whatever the caller typed.
    private static string EndpointName(HttpContext context) => context.GetEndpoint()?.DisplayName ?? "(no endpoint)";

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "The client closed the connection or broke off the request to {Endpoint} ({ExceptionType}); nothing to answer")]
    private static partial void LogClientGone(ILogger logger, string exceptionType, string endpoint);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Error, Message = "Unhandled {ExceptionType} while answering {Endpoint}; answered 500 without details")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string exceptionType, string endpoint);
}
