using System.Collections.Immutable;

namespace MetaFence.Core.Rules;

/// <summary>Every audit rule, in id order.</summary>
public static class AuditRules
{
    public static ImmutableArray<AuditRule> All { get; } =
    [
        new CredentialEndpointReachableRule(),
        new HostNetworkRule(),
        new NamespaceWithoutEgressIsolationRule(),
        new EgressWithoutDnsRule(),
        new NeededServiceBlockedRule(),
        new KubeSystemMetadataBlockedRule(),
        new PolicyReallowsCredentialEndpointRule(),
        new ObjectProblemRule(),
        new EqualPriorityAdminPoliciesRule(),
        new MixedAdminApiVersionsRule(),
        new UnreadableResourceRule(),
        new DataplaneEnforcementRule(),
        new DataplaneDeviationRule(),
        new ImdsV1AllowedRule(),
        new HopLimitReachesPodsRule(),
        new GkeNodeMetadataExposedRule(),
        new GkeLegacyEndpointsRule(),
        new AksPodImdsRule(),
        new NodeIdentityReachableRule(),
    ];
}
