using MetaFence.Core.Cloud;
using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Net;

namespace MetaFence.Core.Posture;

/// <summary>
/// Joins the layers for one subject, one node and one metadata endpoint: the network verdict
/// (layer 1, which does not apply to host-network pods, SEMANTICS 36), the node's metadata
/// settings (layer 2: IMDS on or off, IMDSv1 or v2, hop limit × the pod's distance in hops,
/// IPv6; GKE metadata mode) and the host-network setting (layer 4).
/// </summary>
public static class CredentialExposure
{
    public const string AwsImds = "aws-imds";
    public const string GcpMetadata = "gcp-metadata";
    public const string AzureImds = "azure-imds";

    /// <summary>Whether <paramref name="endpointId"/> hands out the node identity, so node posture applies.</summary>
    public static bool IsNodeCredentialEndpoint(string endpointId) => endpointId is AwsImds or GcpMetadata or AzureImds;

    /// <summary>The joined verdict, or null when the endpoint does not belong to the node's cloud.</summary>
    public static CredentialVerdict? Evaluate(EndpointVerdict network, bool hostNetwork, NodePosture? node, PodNetworkHops hops)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(hops);
        var id = network.Endpoint.Id;
        // Azure IMDS counts only on nodes an AKS export covers, so output without --azure-aks stays as it was.
        if (id == AzureImds && node?.Cloud != NodeCloud.Azure)
        {
            return null;
        }

        if (!IsNodeCredentialEndpoint(id) || (node is not null && node.Cloud != NodeCloud.Unknown && node.Cloud != CloudOf(id)))
        {
            return null;
        }

        if (!network.Reachable)
        {
            return new(CredentialAccess.BlockedByNetwork, "a policy blocks every address of the endpoint", "the network verdict");
        }

        if (node is null || node.Cloud == NodeCloud.Unknown)
        {
            return new(CredentialAccess.Unknown,
                $"the network lets it through; no export says how {(node is null ? "the node" : $"node {node.NodeName}")} answers", "no cloud export covers the node");
        }

        return node.Cloud switch
        {
            NodeCloud.Aws => Aws(network, hostNetwork, node, hops),
            NodeCloud.Azure => Azure(hostNetwork, node),
            _ => Gcp(hostNetwork, node),
        };
    }

    private static CredentialVerdict Aws(EndpointVerdict network, bool hostNetwork, NodePosture node, PodNetworkHops hops)
    {
        var imds = node.Imds ?? new ImdsSettings();
        if (!imds.Enabled)
        {
            return new(CredentialAccess.BlockedByNode, "HttpEndpoint is disabled: IMDS answers nobody on this node", PostureSources.ImdsOptions);
        }

        var v4 = network.Destinations.Any(d => d.Verdict.Allowed && d.Destination.Address.Family == IpFamily.V4);
        if (!v4 && !imds.Ipv6Enabled)
        {
            return new(CredentialAccess.BlockedByNode,
                "only fd00:ec2::254 is reachable and HttpProtocolIpv6 is disabled, so nothing answers there", PostureSources.ImdsOptions);
        }

        if (hostNetwork)
        {
            return new(CredentialAccess.Exposed,
                "host network: no NetworkPolicy applies and the pod is as close to IMDS as the node itself (1 hop), so neither IMDSv2 nor the hop limit stops it",
                PostureSources.Semantics36 + "; " + PostureSources.ImdsOptions);
        }

        if (imds.Tokens == MetadataTokens.Optional)
        {
            return new(CredentialAccess.Exposed,
                "IMDSv1 is allowed (HttpTokens optional): a plain GET returns the credentials and the hop limit does not apply",
                PostureSources.ImdsOptions);
        }

        return imds.HopLimit >= hops.Hops
            ? new(CredentialAccess.Exposed,
                Inv($"IMDSv2 is required but the hop limit {imds.HopLimit} lets the token reply travel the {hops.Hops} hops to the pod ({hops.Basis})"),
                PostureSources.ImdsOptions + (node.IsEksManagedNodeGroup && imds.HopLimit == 2 ? "; " + PostureSources.EksLaunchTemplates : string.Empty))
            : new(CredentialAccess.BlockedByNode,
                Inv($"IMDSv2 is required and the hop limit {imds.HopLimit} drops the token reply before it travels the {hops.Hops} hops to the pod ({hops.Basis})"),
                PostureSources.ImdsOptions + "; " + PostureSources.EksInstanceProfile);
    }

    private static CredentialVerdict Gcp(bool hostNetwork, NodePosture node)
    {
        if (hostNetwork)
        {
            return new(CredentialAccess.Exposed,
                "host network: the GKE metadata server does not serve host-network pods, they reach the Compute Engine metadata server and the node's service account",
                PostureSources.GkeWorkloadIdentity);
        }

        return node.GkeMode switch
        {
            GkeWorkloadMetadataMode.GkeMetadata => new(CredentialAccess.HiddenByMetadataServer,
                "GKE_METADATA: the GKE metadata server answers pods with their own Workload Identity, never the node's service account",
                PostureSources.GkeWorkloadMetadata),
            GkeWorkloadMetadataMode.Unknown => new(CredentialAccess.Unknown,
                "the node pool's workload metadata mode is not one MetaFence knows", PostureSources.GkeWorkloadMetadata),
            _ => new(CredentialAccess.Exposed,
                $"workload metadata mode {ModeText(node.GkeMode)}: pods read the node's service account token from the Compute Engine metadata server",
                PostureSources.GkeWorkloadMetadata),
        };
    }

    /// <summary>
    /// AKS: <c>podLinkLocalAccess</c> None keeps pods with hostNetwork false from IMDS; IMDS (the
    /// default when unset) lets them get tokens for the kubelet managed identity; host-network pods
    /// reach IMDS either way (AksPodLinkLocalAccess, AksImdsRestriction).
    /// </summary>
    private static CredentialVerdict Azure(bool hostNetwork, NodePosture node)
    {
        if (hostNetwork)
        {
            return new(CredentialAccess.Exposed,
                "host network: the AKS IMDS restriction does not apply to host-network pods, they get tokens for the kubelet managed identity",
                PostureSources.AksImdsRestriction);
        }

        return node.AksPodImdsBlocked == true
            ? new(CredentialAccess.BlockedByNode, "podLinkLocalAccess None: the node's rules keep pods without hostNetwork from IMDS", PostureSources.AksPodLinkLocalAccess)
            : new(CredentialAccess.Exposed,
                "podLinkLocalAccess IMDS (the default when unset): every pod reaches IMDS and gets tokens for the kubelet managed identity",
                PostureSources.AksPodLinkLocalAccess + "; " + PostureSources.AksImdsRestriction);
    }

    /// <summary>How a mode reads in messages; SECURE (metadata concealment) hid kube-env, not the service account token.</summary>
    public static string ModeText(GkeWorkloadMetadataMode? mode) => mode switch
    {
        GkeWorkloadMetadataMode.GceMetadata => "GCE_METADATA",
        GkeWorkloadMetadataMode.GkeMetadata => "GKE_METADATA",
        GkeWorkloadMetadataMode.Secure => "SECURE (metadata concealment hides kube-env, not the token)",
        GkeWorkloadMetadataMode.Unknown => "unknown",
        _ => "unset (the cluster default applies only to pools made after Workload Identity was turned on)",
    };

    private static NodeCloud CloudOf(string endpointId) => endpointId switch
    {
        AwsImds => NodeCloud.Aws,
        AzureImds => NodeCloud.Azure,
        _ => NodeCloud.Gcp,
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
