using MetaFence.Core.Cloud;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Tests.Posture;

public sealed class CredentialExposureTests
{
    private const string Aws = PostureSources.ImdsOptions;
    private const string Eks = PostureSources.EksLaunchTemplates;
    private const string Gke = PostureSources.GkeWorkloadMetadata;
    private const string GkeHost = PostureSources.GkeWorkloadIdentity;
    private const string Aks = PostureSources.AksPodLinkLocalAccess;
    private const string AksHost = PostureSources.AksImdsRestriction;

    /// <summary>
    /// One join: the network lets the subject through over IPv4 and/or IPv6 (or not), the subject's
    /// host-network setting, the node (null: not in any export), the pod's distance in hops, the
    /// expected access and the document that says so.
    /// </summary>
    public sealed record Row(string Endpoint, bool V4, bool V6, bool HostNetwork, NodePosture? Node, int Hops, CredentialAccess Expected, string Source)
    {
        public override string ToString() => $"{Endpoint} v4={V4} v6={V6} host={HostNetwork} node={Node?.Imds?.ToString() ?? Node?.GkeMode?.ToString() ?? Node?.AksPodImdsBlocked?.ToString() ?? "none"} hops={Hops} → {Expected}";
    }

    private static NodePosture Ec2(MetadataTokens tokens, int hopLimit, bool enabled = true, bool ipv6 = false, bool eks = false) => new()
    {
        NodeName = "n1",
        Cloud = NodeCloud.Aws,
        Instance = "i-0abc",
        IsEksManagedNodeGroup = eks,
        Imds = new ImdsSettings { Enabled = enabled, Tokens = tokens, HopLimit = hopLimit, Ipv6Enabled = ipv6 },
    };

    private static NodePosture GkePool(GkeWorkloadMetadataMode mode) => new() { NodeName = "n1", Cloud = NodeCloud.Gcp, GkeMode = mode };

    private static NodePosture AksPool(bool blocked) => new() { NodeName = "n1", Cloud = NodeCloud.Azure, AksPodImdsBlocked = blocked };

    public static TheoryData<Row> Rows() =>
    [
        new("aws-imds", false, false, false, Ec2(MetadataTokens.Optional, 2), 2, CredentialAccess.BlockedByNetwork, "a policy decides first (layer 1)"),
        new("aws-imds", true, false, false, null, 2, CredentialAccess.Unknown, "no export covers the node"),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Optional, 1), 2, CredentialAccess.Exposed, Aws + ": the hop limit applies to IMDSv2 token replies only"),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Required, 1), 2, CredentialAccess.BlockedByNode, Aws + ": in a container, the reply is an extra hop; hop limit 1 stops it"),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Required, 2), 2, CredentialAccess.Exposed, Aws + ": hop limit 2 is what AWS advises for containers to get tokens"),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Required, 2, eks: true), 2, CredentialAccess.Exposed, Eks),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Required, 2), 3, CredentialAccess.BlockedByNode, "a CNI 3 hops away needs hop limit 3 (eksctl #7665, Docker-in-Docker)"),
        new("aws-imds", true, false, true, Ec2(MetadataTokens.Required, 1), 2, CredentialAccess.Exposed, "SEMANTICS 36 and " + Aws + ": a host-network pod is as close as the node"),
        new("aws-imds", true, false, false, Ec2(MetadataTokens.Optional, 2, enabled: false), 2, CredentialAccess.BlockedByNode, Aws + ": HttpEndpoint disabled turns IMDS off"),
        new("aws-imds", false, true, false, Ec2(MetadataTokens.Optional, 2), 2, CredentialAccess.BlockedByNode, Aws + ": fd00:ec2::254 answers only with HttpProtocolIpv6 enabled"),
        new("aws-imds", false, true, false, Ec2(MetadataTokens.Optional, 2, ipv6: true), 2, CredentialAccess.Exposed, Aws + ": the IPv6 endpoint serves the same credentials"),
        new("gcp-metadata", true, false, false, GkePool(GkeWorkloadMetadataMode.GkeMetadata), 2, CredentialAccess.HiddenByMetadataServer, Gke + ": GKE_METADATA runs the GKE metadata server"),
        new("gcp-metadata", true, false, false, GkePool(GkeWorkloadMetadataMode.GceMetadata), 2, CredentialAccess.Exposed, Gke + ": GCE_METADATA exposes all Compute Engine metadata to pods"),
        new("gcp-metadata", true, false, false, GkePool(GkeWorkloadMetadataMode.Unset), 2, CredentialAccess.Exposed, Gke + ": unset is not the GKE metadata server"),
        new("gcp-metadata", true, false, true, GkePool(GkeWorkloadMetadataMode.GkeMetadata), 2, CredentialAccess.Exposed, GkeHost),
        new("gcp-metadata", false, false, false, GkePool(GkeWorkloadMetadataMode.GceMetadata), 2, CredentialAccess.BlockedByNetwork, "a policy decides first (layer 1)"),
        new("azure-imds", true, false, false, AksPool(blocked: false), 2, CredentialAccess.Exposed, Aks + ": IMDS (and unset, the default) lets pods with hostNetwork false reach IMDS"),
        new("azure-imds", true, false, false, AksPool(blocked: true), 2, CredentialAccess.BlockedByNode, Aks + ": None keeps pods with hostNetwork false from IMDS"),
        new("azure-imds", true, false, true, AksPool(blocked: true), 2, CredentialAccess.Exposed, AksHost + ": host-network pods keep access"),
        new("azure-imds", false, false, false, AksPool(blocked: false), 2, CredentialAccess.BlockedByNetwork, "a policy decides first (layer 1)"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_join_network_node_settings_hops_and_host_network_When_a_subject_reaches_a_node_endpoint(Row row)
    {
        var verdict = CredentialExposure.Evaluate(Network(row.Endpoint, row.V4, row.V6), row.HostNetwork, row.Node, PodNetworkHops.Explicit(row.Hops));

        Assert.NotNull(verdict);
        Assert.Equal(row.Expected, verdict.Access);
    }

    [Fact]
    public void Should_not_apply_When_the_endpoint_is_another_cloud_than_the_node()
    {
        Assert.Null(CredentialExposure.Evaluate(Network("gcp-metadata", true, false), false, Ec2(MetadataTokens.Optional, 1), PodNetworkHops.Default));
        Assert.Null(CredentialExposure.Evaluate(Network("aws-ecs-task", true, false), false, Ec2(MetadataTokens.Optional, 1), PodNetworkHops.Default));
        Assert.Null(CredentialExposure.Evaluate(Network("aws-imds", true, false), false, AksPool(blocked: false), PodNetworkHops.Default));
    }

    [Fact]
    public void Should_not_apply_azure_imds_When_no_aks_export_covers_the_node()
    {
        Assert.Null(CredentialExposure.Evaluate(Network("azure-imds", true, false), false, null, PodNetworkHops.Default));
        Assert.Null(CredentialExposure.Evaluate(Network("azure-imds", true, false), false, new NodePosture { NodeName = "n1" }, PodNetworkHops.Default));
    }

    [Fact]
    public void Should_say_the_hops_were_assumed_When_the_cni_is_unknown()
    {
        var verdict = CredentialExposure.Evaluate(Network("aws-imds", true, false), false, Ec2(MetadataTokens.Required, 2), PodNetworkHops.Default);

        Assert.Contains("CNI unknown: assumed 2 hops", verdict?.Reason, StringComparison.Ordinal);
    }

    private static EndpointVerdict Network(string id, bool v4, bool v6)
    {
        var endpoint = EndpointCatalog.All.Single(e => e.Id == id);
        return new EndpointVerdict(endpoint, [.. endpoint.Addresses.Select(a => new DestinationVerdict(
            new Destination(a, 80, Protocol.TCP),
            new Verdict(a.Family == IpFamily.V4 ? v4 : v6, Decision.DefaultAllow, [])))]);
    }
}
