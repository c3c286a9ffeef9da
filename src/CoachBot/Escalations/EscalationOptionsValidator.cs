using Microsoft.Extensions.Options;

namespace CoachBot.Escalations;

/// <summary>Checks the attributes of <see cref="EscalationOptions"/> (generated at build time, no reflection).</summary>
[OptionsValidator]
internal sealed partial class EscalationOptionsValidator : IValidateOptions<EscalationOptions>;
