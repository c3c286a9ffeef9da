using Microsoft.Extensions.Options;

namespace CoachBot.Content;

/// <summary>Checks the attributes of <see cref="ContentReloadOptions"/> (generated at build time, no reflection).</summary>
[OptionsValidator]
internal sealed partial class ContentReloadOptionsValidator : IValidateOptions<ContentReloadOptions>;
