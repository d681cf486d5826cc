using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// The classification catalog: which actions (alone or together) make which capability, each
/// entry citing where it comes from. Privilege escalation follows Rhino Security Labs' 21
/// methods and the later collections that extend them (Bishop Fox, hackingthe.cloud);
/// data access cites the service's authorization reference.
/// </summary>
public static partial class CapabilityCatalog
{
    public const string Rhino = "https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/";
    public const string BishopFox = "https://bishopfox.com/blog/privilege-escalation-in-aws";
    public const string HackingTheCloud = "https://hackingthe.cloud/aws/exploitation/iam_privilege_escalation/";
    public const string ServiceAuthorization = "https://docs.aws.amazon.com/service-authorization/latest/reference/";

    /// <summary>Every rule, in catalog order (escalation, lateral movement, data access, infrastructure, read-only).</summary>
    public static ImmutableArray<CapabilityRule> Rules { get; } =
        [.. Escalation(), .. Lateral(), .. Data(), .. Infrastructure(), .. ReadOnly()];

    /// <summary>The rule with this id, or null.</summary>
    public static CapabilityRule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    private static CapabilityRule Rule(string id, CapabilityClass @class, Severity severity, string title, string source, params string[] actions) =>
        new() { Id = id, Class = @class, Severity = severity, Title = title, Source = source, Actions = [.. actions] };

    private static string RhinoMethod(int number) => $"Rhino Security Labs, AWS privilege escalation method {number}: {Rhino}";
}
