using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Checks the attributes of <see cref="StateOptions"/> (generated at build time, no reflection).</summary>
[OptionsValidator]
internal sealed partial class StateOptionsValidator : IValidateOptions<StateOptions>;
