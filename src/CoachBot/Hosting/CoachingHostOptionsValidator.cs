using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Checks the attributes of <see cref="CoachingHostOptions"/> (generated at build time, no reflection).</summary>
[OptionsValidator]
internal sealed partial class CoachingHostOptionsValidator : IValidateOptions<CoachingHostOptions>;
