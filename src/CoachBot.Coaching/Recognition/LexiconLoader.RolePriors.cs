using CoachBot.Coaching.Policy;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Recognition;

/// <summary>Reads the <c>role_priors</c> section: per role, a factor on each intent's score.</summary>
internal sealed partial class LexiconLoader
{
    private Dictionary<StaffRole, IReadOnlyDictionary<string, double>> ReadRolePriors(YamlNode? node)
    {
        var priors = new Dictionary<StaffRole, IReadOnlyDictionary<string, double>>();
        foreach (var (key, body) in Sections(node, StaffRoles.All))
        {
            var factors = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (intent, valueNode) in Sections(body, null))
            {
                var factor = Number(valueNode, 1);
                if (!_intents.Contains(intent))
                {
                    Error(valueNode, $"unknown intent '{intent}' in role_priors.{key}");
                }
                else if (factor is <= 0 or > 3)
                {
                    Error(valueNode, $"role_priors.{key}.{intent} must be above 0 and at most 3");
                }
                else
                {
                    factors[intent] = factor;
                }
            }

            priors[StaffRoles.Parse(key)] = factors;
        }

        return priors;
    }
}
