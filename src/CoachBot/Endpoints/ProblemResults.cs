namespace CoachBot.Endpoints;

/// <summary>RFC 9457 problem-details answers for bad requests to the bot endpoint and the dashboard.</summary>
internal static class ProblemResults
{
    public static IResult BadRequest(IEnumerable<string> problems) =>
        Results.Problem(
            title: "The activity is not valid.",
            detail: string.Join("; ", problems),
            statusCode: StatusCodes.Status400BadRequest);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(
            title: "Activities must be sent as application/json.",
            detail: $"Content-Type was '{contentType ?? "(none)"}'.",
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static IResult TooLarge(int limit) =>
        Results.Problem(
            title: "The request body is too large.",
            detail: $"The limit is {limit} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult TooManyRequests(int retryAfterSeconds) =>
        Results.Problem(
            title: "Too many requests from this user.",
            detail: $"Try again in {retryAfterSeconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests);

    public static IResult Forbidden(string detail) =>
        Results.Problem(title: "Not yours to see.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "No such thing here.", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
