using Microsoft.Extensions.Options;

namespace CoachBot.RateLimiting;

/// <summary>Checks <see cref="RateLimitingOptions"/> at start-up (source-generated from the attributes), every error at once.</summary>
[OptionsValidator]
internal sealed partial class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>;
