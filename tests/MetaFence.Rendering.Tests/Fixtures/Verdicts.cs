using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>The verdicts the tiny world's policies give, written out by hand.</summary>
internal static class Verdicts
{
    public static readonly RuleRef AllowEgressRule0 = new(
        new ObjectRef("NetworkPolicy", "x", "allow-egress"), 0, null,
        "ipBlock 0.0.0.0/0 except 169.254.169.254/32 does not match this address")
    {
        Location = new SourceLocation("policies/x.yaml", 2, "spec.egress[0].to[0].ipBlock", 14),
    };

    public static readonly RuleRef BlockMetadataRule0 = new(
        new ObjectRef("ClusterNetworkPolicy", null, "block-metadata"), 0, "deny-imds-v4",
        "networks 169.254.169.254/32 matches: Deny");

    public static readonly RuleRef TenantsPass = new(
        new ObjectRef("ClusterNetworkPolicy", null, "tenants"), 0, "to-namespace-policies",
        "namespaces {} matches: Pass to the NetworkPolicy tier");

    public static readonly RuleRef DbEgressRule0 = new(
        new ObjectRef("NetworkPolicy", "z", "db-egress"), 0, null, "ports 8080/TCP to 0.0.0.0/0 match");

    public static readonly RuleRef DbEgressPolicy = new(
        new ObjectRef("NetworkPolicy", "z", "db-egress"), null, null,
        "selects the pod for egress; no rule allows this destination");

    public static Verdict DefaultAllow(Destination _) => new(true, Decision.DefaultAllow, []);

    public static Verdict HostNetwork(Destination _) => new(true, Decision.HostNetwork, [])
    {
        Notes = ["SEMANTICS 36: host-network pods are not protected by NetworkPolicy; only a node firewall stops them, and the IMDSv2 hop limit does not"],
    };

    /// <summary>x/debug: isolated by allow-egress, whose except covers the metadata address; IPv6 is not in 0.0.0.0/0.</summary>
    public static Verdict AllowEgressExceptMetadata(Destination _) => new(false, Decision.NetworkPolicyDeny, [AllowEgressRule0]);

    /// <summary>y/report: the admin tier denies 169.254.169.254 but forgot IPv6.</summary>
    public static Verdict AdminBlocksIpv4Only(Destination d) =>
        d.Address.Family == IpFamily.V4
            ? new(false, Decision.AdminDeny, [BlockMetadataRule0])
            : new(true, Decision.DefaultAllow, []);

    /// <summary>z/db: passed down to NetworkPolicy, which allows TCP 8080 to any IPv4 address.</summary>
    public static Verdict Port8080Only(Destination d) =>
        d.Address.Family == IpFamily.V4 && d.Port == 8080
            ? new(true, Decision.NetworkPolicyAllow, [DbEgressRule0]) { Trail = [TenantsPass] }
            : new(false, Decision.NetworkPolicyDeny, [DbEgressPolicy]) { Trail = [TenantsPass] };
}
